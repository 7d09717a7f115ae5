/**
 * How every record store meets the browser: localStorage for the device and sessionStorage for
 * this-tab-only mode (either may be missing: some private modes throw on mere access), one store
 * per page created on first use, and a change feed that fires when another tab saves the key.
 */
import type { StorageLike, StoreState } from '../lib/storage/record-store.ts';

function storageOrNull(name: 'localStorage' | 'sessionStorage'): StorageLike | null {
  try {
    return window[name] ?? null;
  } catch {
    return null;
  }
}

/** The storages a record store is made with. */
export interface BrowserStorages {
  storage: StorageLike | null;
  tabStorage: StorageLike | null;
}

/** Random bytes for ids (crypto.getRandomValues works on plain HTTP, unlike crypto.subtle). */
export const randomBytes = (length: number): Uint8Array => crypto.getRandomValues(new Uint8Array(length));

export function browserRecordStore<S extends { load(): StoreState<unknown> }>(key: string, create: (storages: BrowserStorages) => S) {
  let store: S | undefined;
  const get = (): S => (store ??= create({ storage: storageOrNull('localStorage'), tabStorage: storageOrNull('sessionStorage') }));
  /** Calls `listener` when another tab changes the record (or clears storage). */
  const onChange = (listener: (state: ReturnType<S['load']>) => void): (() => void) => {
    const handler = (event: StorageEvent) => {
      if (event.key === key || event.key === null) listener(get().load() as ReturnType<S['load']>);
    };
    window.addEventListener('storage', handler);
    return () => window.removeEventListener('storage', handler);
  };
  return { get, onChange };
}
