/**
 * A record store as React state: the validated record, its notices and kept copies, refreshed
 * when another tab saves; `update` saves through the store (which refuses what it could not
 * read back) and reports the result. Shared by the class, report and roll-up islands.
 */
import { useEffect, useState } from 'react';
import type { StoreState, UpdateResult } from '../../lib/storage/record-store.ts';

interface BrowserStore<T> {
  load(): StoreState<T>;
  update(change: (record: T) => T): UpdateResult<T>;
  backups(): Array<{ key: string; text: string }>;
}

export function useRecordStore<T>(store: () => BrowserStore<T>, subscribe: (listener: (state: StoreState<T>) => void) => () => void) {
  const [state, setState] = useState<(StoreState<T> & { refused?: string }) | null>(null);
  const [backups, setBackups] = useState<Array<{ key: string; text: string }>>([]);

  useEffect(() => {
    const refresh = (next: StoreState<T>) => {
      setState(next);
      // Reading may have just set unreadable data aside.
      setBackups(store().backups());
    };
    refresh(store().load());
    return subscribe(refresh);
  }, [store, subscribe]);

  const update = (change: (record: T) => T): UpdateResult<T> => {
    const result = store().update(change);
    setState(result);
    setBackups(store().backups());
    return result;
  };

  return { state, backups, update };
}
