/**
 * Storage of a teacher's classes under its own key, apart from the learner's own progress.
 * Mirrors the progress store: storage is injected (localStorage in the browser, a Map in
 * tests), the record is versioned and validated on every read, unreadable data is copied aside
 * (never deleted) and reported, and a missing or full storage degrades to memory with a notice.
 */
import { safeParse } from 'zod/v4/core';
import { toBase64Url, type StorageLike } from '../progress/store.ts';
import { CLASSES_VERSION, classesRecordSchema, emptyClasses, type ClassesRecord } from './schema.ts';

export const CLASSES_KEY = 'vungbuoc:classes';
export const CLASSES_BACKUP_PREFIX = 'vungbuoc:classes:unreadable:';

export type ClassStoreMode = 'device' | 'memory';

export type ClassStoreNotice =
  | { kind: 'recovered'; backupKey: string; reason: string }
  | { kind: 'recovered-unsaved'; reason: string }
  | { kind: 'memory-only'; reason: 'unavailable' | 'full' };

export interface ClassStoreState {
  record: ClassesRecord;
  mode: ClassStoreMode;
  notices: ClassStoreNotice[];
}

export interface ClassStoreOptions {
  /** `localStorage`, or null when it cannot be reached (some private modes throw). */
  storage: StorageLike | null;
  now?: () => Date;
  /** Random bytes for class ids. */
  randomBytes: (length: number) => Uint8Array;
}

/** Reads stored text into a record, or says why it cannot. */
export function parseClasses(raw: string): { ok: true; record: ClassesRecord } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const version = data && typeof data === 'object' ? (data as { version?: unknown }).version : undefined;
  if (version !== CLASSES_VERSION) return { ok: false, reason: `unknown version ${JSON.stringify(version)}` };
  const result = safeParse(classesRecordSchema, data);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, reason: `invalid at ${issue?.path.join('.') || 'root'}` };
  }
  return { ok: true, record: result.data };
}

export function createClassStore(options: ClassStoreOptions) {
  const now = options.now ?? (() => new Date());
  let mode: ClassStoreMode = options.storage ? 'device' : 'memory';
  let memory: ClassesRecord = emptyClasses();
  const notices: ClassStoreNotice[] = [];
  if (!options.storage) notices.push({ kind: 'memory-only', reason: 'unavailable' });

  function addNotice(notice: ClassStoreNotice) {
    if (!notices.some((n) => JSON.stringify(n) === JSON.stringify(notice))) notices.push(notice);
  }

  function toMemory(reason: 'unavailable' | 'full', record: ClassesRecord) {
    mode = 'memory';
    memory = record;
    addNotice({ kind: 'memory-only', reason });
  }

  function read(): ClassesRecord {
    if (mode === 'memory') return memory;
    const storage = options.storage!;
    let raw: string | null;
    try {
      raw = storage.getItem(CLASSES_KEY);
    } catch {
      toMemory('unavailable', emptyClasses());
      return memory;
    }
    if (raw === null) return emptyClasses();
    const parsed = parseClasses(raw);
    if (parsed.ok) return parsed.record;
    const backupKey = `${CLASSES_BACKUP_PREFIX}${now().toISOString()}`;
    try {
      storage.setItem(backupKey, raw);
      storage.removeItem(CLASSES_KEY);
      addNotice({ kind: 'recovered', backupKey, reason: parsed.reason });
      return emptyClasses();
    } catch {
      // No room for the copy: leave the original untouched and keep this visit in memory.
      addNotice({ kind: 'recovered-unsaved', reason: parsed.reason });
      toMemory('full', emptyClasses());
      return memory;
    }
  }

  function write(record: ClassesRecord): void {
    if (mode === 'memory') {
      memory = record;
      return;
    }
    try {
      options.storage!.setItem(CLASSES_KEY, JSON.stringify(record));
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      toMemory(/quota/i.test(name) || /quota/i.test(String(error)) ? 'full' : 'unavailable', record);
    }
  }

  const snapshot = (record: ClassesRecord): ClassStoreState => ({ record, mode, notices: [...notices] });

  return {
    /** The validated record, the storage mode and any notices to show. */
    load(): ClassStoreState {
      return snapshot(read());
    },
    /** Applies `change` to the freshest record (another tab may have saved) and saves it. */
    update(change: (record: ClassesRecord) => ClassesRecord): ClassStoreState {
      const next = change(structuredClone(read()));
      write(next);
      return snapshot(next);
    },
    /** A fresh random class id. */
    newClassId(): string {
      return toBase64Url(options.randomBytes(8));
    },
    get mode(): ClassStoreMode {
      return mode;
    },
  };
}
export type ClassStore = ReturnType<typeof createClassStore>;
