/**
 * One versioned record under one key in the browser's storage — the mechanism behind learners'
 * progress, trainers' session reports and teachers' classes. Storage is injected
 * (localStorage in the browser, a Map in tests).
 *
 * - The record is validated on every read (the caller's `parse`).
 * - An unreadable record is copied aside under its own key — never deleted — and reported.
 * - When storage is missing or full, the store keeps working for this tab only
 *   (sessionStorage, else memory) and says so.
 * - Every update re-reads storage first, so two open tabs do not overwrite each other.
 */
import type { $ZodType } from 'zod/v4/core';
import { safeParse } from 'zod/v4/core';

/** The subset of the Web Storage API the stores need. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

export type StoreMode = 'device' | 'tab' | 'memory';

export type StoreNotice =
  | { kind: 'recovered'; backupKey: string; reason: string }
  | { kind: 'recovered-unsaved'; reason: string }
  | { kind: 'tab-only'; reason: 'unavailable' | 'full' };

export type ParsedRecord<T> = { ok: true; record: T } | { ok: false; reason: string };

export interface StoreState<T> {
  record: T;
  mode: StoreMode;
  notices: StoreNotice[];
}

/**
 * Stored text → record: JSON, then an optional upgrade of older versions, then the schema.
 * The reason is a few words kept with the notice ("not JSON", "invalid at reports.0.session").
 */
export function parseStoredRecord<S extends $ZodType>(
  raw: string,
  schema: S,
  upgrade?: (data: unknown) => unknown,
): ParsedRecord<S['_zod']['output']> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  if (upgrade) {
    try {
      data = upgrade(data);
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : 'cannot migrate' };
    }
  }
  const result = safeParse(schema, data);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, reason: `invalid at ${issue?.path.join('.') || 'root'}` };
  }
  return { ok: true, record: result.data };
}

export interface RecordStoreOptions<T> {
  /** The record's key, e.g. `vungbuoc:progress`. */
  key: string;
  /** Prefix of the keys unreadable records are copied aside to. */
  backupPrefix: string;
  parse: (raw: string) => ParsedRecord<T>;
  empty: () => T;
  /** `localStorage`, or null when it cannot even be reached (some private modes throw). */
  storage: StorageLike | null;
  /** `sessionStorage`, used for this-tab-only mode when the main storage fails. */
  tabStorage?: StorageLike | null;
  now?: () => Date;
}

export function createRecordStore<T>(options: RecordStoreOptions<T>) {
  const now = options.now ?? (() => new Date());
  let mode: StoreMode = options.storage ? 'device' : options.tabStorage ? 'tab' : 'memory';
  let memory: T | undefined;
  const notices: StoreNotice[] = [];
  if (!options.storage) notices.push({ kind: 'tab-only', reason: 'unavailable' });

  const activeStorage = (): StorageLike | null =>
    mode === 'device' ? options.storage : mode === 'tab' ? (options.tabStorage ?? null) : null;

  function addNotice(notice: StoreNotice) {
    if (!notices.some((n) => JSON.stringify(n) === JSON.stringify(notice))) notices.push(notice);
  }

  /** Falls back to the next weaker mode after a storage failure. */
  function degrade(reason: 'unavailable' | 'full') {
    mode = mode === 'device' && options.tabStorage ? 'tab' : 'memory';
    addNotice({ kind: 'tab-only', reason });
  }

  function read(): T {
    if (mode === 'memory') return memory ?? options.empty();
    const storage = activeStorage()!;
    let raw: string | null;
    try {
      raw = storage.getItem(options.key);
    } catch {
      degrade('unavailable');
      return read();
    }
    if (raw === null) return memory !== undefined && mode !== 'device' ? memory : options.empty();
    const parsed = options.parse(raw);
    if (parsed.ok) return parsed.record;
    // Keep the unreadable text: copy it aside under its own key before anything else is written.
    const backupKey = `${options.backupPrefix}${now().toISOString()}`;
    try {
      storage.setItem(backupKey, raw);
      storage.removeItem(options.key);
      addNotice({ kind: 'recovered', backupKey, reason: parsed.reason });
      return options.empty();
    } catch {
      // Could not make the copy (storage full): leave the original untouched and work in this tab.
      addNotice({ kind: 'recovered-unsaved', reason: parsed.reason });
      mode = 'memory';
      memory = options.empty();
      addNotice({ kind: 'tab-only', reason: 'full' });
      return memory;
    }
  }

  function write(record: T): void {
    if (mode === 'memory') {
      memory = record;
      return;
    }
    const storage = activeStorage()!;
    try {
      storage.setItem(options.key, JSON.stringify(record));
      if (mode === 'tab') memory = record;
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      degrade(/quota/i.test(name) || /quota/i.test(String(error)) ? 'full' : 'unavailable');
      write(record);
    }
  }

  const snapshot = (record: T): StoreState<T> => ({ record, mode, notices: [...notices] });

  return {
    /** Current state: the validated record, the storage mode, and any notices to show. */
    load(): StoreState<T> {
      return snapshot(read());
    },

    /** Applies `change` to the freshest record (another tab may have saved) and saves it. */
    update(change: (record: T) => T): StoreState<T> {
      const next = change(structuredClone(read()));
      write(next);
      return snapshot(next);
    },

    /** Unreadable records kept aside, oldest first. */
    backups(): Array<{ key: string; text: string }> {
      const storage = options.storage;
      if (!storage) return [];
      const out: Array<{ key: string; text: string }> = [];
      try {
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key?.startsWith(options.backupPrefix)) out.push({ key, text: storage.getItem(key) ?? '' });
        }
      } catch {
        return [];
      }
      return out.sort((a, b) => a.key.localeCompare(b.key));
    },

    /** Removes the record, its kept copies and `extraKeys` from every storage; clears notices. */
    forget(extraKeys: readonly string[] = []): StoreState<T> {
      for (const storage of [options.storage, options.tabStorage]) {
        if (!storage) continue;
        try {
          const keys: string[] = [];
          for (let i = 0; i < storage.length; i++) {
            const key = storage.key(i);
            if (key === options.key || key?.startsWith(options.backupPrefix) || (key && extraKeys.includes(key))) keys.push(key);
          }
          for (const key of keys) storage.removeItem(key);
        } catch {
          // Nothing more can be done; memory is cleared below.
        }
      }
      memory = undefined;
      notices.length = 0;
      return snapshot(options.empty());
    },

    get mode(): StoreMode {
      return mode;
    },
  };
}
export type RecordStore<T> = ReturnType<typeof createRecordStore<T>>;
