/**
 * One versioned record under one key in the browser's storage — the mechanism behind learners'
 * progress, trainers' session reports and teachers' classes. Storage is injected
 * (localStorage in the browser, a Map in tests).
 *
 * - The record is validated on every read (the caller's `parse`) and on every write with the same
 *   parse: a change the next read would reject is refused, never saved.
 * - An unreadable record is copied aside under its own key — never deleted — and reported with
 *   what was wrong (damaged, a value out of range, or made by a newer version).
 * - When storage is missing or full, the store keeps working for this tab only
 *   (sessionStorage, else memory) and says so. The tab copy outlives the page: the next page
 *   starts from it, and the first write that fits on the device moves it back there.
 * - Every update re-reads storage first, so two open tabs do not overwrite each other.
 */
import type { $ZodType } from 'zod/v4/core';
import { safeParse } from 'zod/v4/core';
import { keyMatches } from './keys.ts';

/** The subset of the Web Storage API the stores need. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

export type StoreMode = 'device' | 'tab' | 'memory';

/** Why a stored record could not be read: not JSON, a value the schema refuses, or a newer format. */
export type RecordProblem = 'damaged' | 'invalid' | 'newer';

export type StoreNotice =
  | { kind: 'recovered'; backupKey: string; reason: string; problem: RecordProblem }
  | { kind: 'recovered-unsaved'; reason: string; problem: RecordProblem }
  | { kind: 'tab-only'; reason: 'unavailable' | 'full' };

export type ParsedRecord<T> = { ok: true; record: T } | { ok: false; reason: string; problem: RecordProblem };

export interface StoreState<T> {
  record: T;
  mode: StoreMode;
  notices: StoreNotice[];
}

/** The state after an update: `refused` says why a change was not saved (the record is unchanged). */
export interface UpdateResult<T> extends StoreState<T> {
  saved: boolean;
  refused?: string;
}

/**
 * Stored text → record: JSON, then an optional upgrade of older versions, then the schema.
 * The reason is a few words kept with the notice ("not JSON", "invalid at reports.0.session").
 * `currentVersion`, when given, tells a record from a newer site version apart from a damaged one.
 */
export function parseStoredRecord<S extends $ZodType>(
  raw: string,
  schema: S,
  upgrade?: (data: unknown) => unknown,
  currentVersion?: number,
): ParsedRecord<S['_zod']['output']> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not JSON', problem: 'damaged' };
  }
  const version = data && typeof data === 'object' ? (data as { version?: unknown }).version : undefined;
  if (currentVersion !== undefined && typeof version === 'number' && version > currentVersion) {
    return { ok: false, reason: `made by a newer version (${version})`, problem: 'newer' };
  }
  if (upgrade) {
    try {
      data = upgrade(data);
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : 'cannot migrate', problem: 'damaged' };
    }
  }
  const result = safeParse(schema, data);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, reason: `invalid at ${issue?.path.join('.') || 'root'}`, problem: 'invalid' };
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
  else if (tabCopy() !== null) {
    // An earlier page of this tab could not save to the device: its copy is the newest.
    mode = 'tab';
    notices.push({ kind: 'tab-only', reason: 'full' });
  }

  function deviceCopy(): string | null {
    try {
      return options.storage?.getItem(options.key) ?? null;
    } catch {
      return null;
    }
  }

  function tabCopy(): string | null {
    try {
      return options.tabStorage?.getItem(options.key) ?? null;
    } catch {
      return null;
    }
  }

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
    // This tab has no copy yet: the device's record, when it can be read, is the latest.
    if (raw === null && mode === 'tab' && memory === undefined) raw = deviceCopy();
    if (raw === null) return memory !== undefined && mode !== 'device' ? memory : options.empty();
    const parsed = options.parse(raw);
    if (parsed.ok) return parsed.record;
    // Keep the unreadable text: copy it aside under its own key before anything else is written.
    const backupKey = `${options.backupPrefix}${now().toISOString()}`;
    try {
      storage.setItem(backupKey, raw);
      storage.removeItem(options.key);
      addNotice({ kind: 'recovered', backupKey, reason: parsed.reason, problem: parsed.problem });
      return options.empty();
    } catch {
      // Could not make the copy (storage full): leave the original untouched and work in this tab.
      addNotice({ kind: 'recovered-unsaved', reason: parsed.reason, problem: parsed.problem });
      mode = 'memory';
      memory = options.empty();
      addNotice({ kind: 'tab-only', reason: 'full' });
      return memory;
    }
  }

  /** Back to the device after a tab-only spell, when the device takes the record again. */
  function tryDevice(raw: string): boolean {
    if (!options.storage) return false;
    try {
      options.storage.setItem(options.key, raw);
    } catch {
      return false;
    }
    try {
      options.tabStorage?.removeItem(options.key);
    } catch {
      // The tab copy is older than the device's now; a stale copy is harmless after this write.
    }
    mode = 'device';
    memory = undefined;
    const at = notices.findIndex((n) => n.kind === 'tab-only');
    if (at >= 0) notices.splice(at, 1);
    return true;
  }

  function write(record: T, raw: string): void {
    if (mode === 'memory') {
      memory = record;
      return;
    }
    if (mode === 'tab' && tryDevice(raw)) return;
    const storage = activeStorage()!;
    try {
      storage.setItem(options.key, raw);
      if (mode === 'tab') memory = record;
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      degrade(/quota/i.test(name) || /quota/i.test(String(error)) ? 'full' : 'unavailable');
      write(record, raw);
    }
  }

  const snapshot = (record: T): StoreState<T> => ({ record, mode, notices: [...notices] });

  return {
    /** Current state: the validated record, the storage mode, and any notices to show. */
    load(): StoreState<T> {
      return snapshot(read());
    },

    /**
     * Applies `change` to the freshest record (another tab may have saved) and saves it — unless
     * the result would not read back (a value out of range): then nothing is saved and `refused`
     * says why, so one bad field can never hide the whole record on the next load.
     */
    update(change: (record: T) => T): UpdateResult<T> {
      const current = read();
      const next = change(structuredClone(current));
      const raw = JSON.stringify(next);
      const check = options.parse(raw);
      if (!check.ok) return { ...snapshot(current), saved: false, refused: check.reason };
      write(check.record, raw);
      return { ...snapshot(check.record), saved: true };
    },

    /** Keeps a copy of `text` aside under its own key (e.g. a report an import replaced). */
    keepCopy(text: string, label: string): string | null {
      const key = `${options.backupPrefix}${now().toISOString()}-${label}`;
      try {
        (activeStorage() ?? options.storage)?.setItem(key, text);
        return key;
      } catch {
        return null;
      }
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

    /** Removes the record, its kept copies and `extraKeys` (a key ending in ":" is a prefix) from every storage; clears notices. */
    forget(extraKeys: readonly string[] = []): StoreState<T> {
      for (const storage of [options.storage, options.tabStorage]) {
        if (!storage) continue;
        try {
          const keys: string[] = [];
          for (let i = 0; i < storage.length; i++) {
            const key = storage.key(i);
            if (key === options.key || key?.startsWith(options.backupPrefix) || (key && extraKeys.some((pattern) => keyMatches(key, pattern)))) keys.push(key);
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

/** The storages and clock a store is made with (in the browser: localStorage and sessionStorage). */
export interface StoreStorages {
  /** `localStorage`, or null when it cannot be reached (some private modes throw). */
  storage: StorageLike | null;
  /** `sessionStorage`, for this-tab-only mode when the main storage fails. */
  tabStorage?: StorageLike | null;
  now?: () => Date;
}

/** One record kept under one key: its key, where unreadable copies go, how it reads, what empty is. */
export interface RecordDefinition<T> {
  key: string;
  backupPrefix: string;
  parse: (raw: string) => ParsedRecord<T>;
  empty: () => T;
}

/** The store maker of one record: `defineRecordStore(definition)(storages)`. */
export function defineRecordStore<T>(definition: RecordDefinition<T>) {
  return (storages: StoreStorages) => createRecordStore<T>({ ...definition, ...storages, tabStorage: storages.tabStorage ?? null });
}

/**
 * The file name of a kept copy, from the time in its key:
 * `vungbuoc:classes:unreadable:2026-11-27T10:00:00.000Z` → `lop-hoc-ban-sao-2026-11-27-10-00-00.json`.
 */
export function keptCopyFileName(stem: string, backupPrefix: string) {
  return (backupKey: string, fallback: number): string => {
    const time = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(backupKey.slice(backupPrefix.length));
    return `${stem}-${time ? time.slice(1).join('-') : fallback}.json`;
  };
}
