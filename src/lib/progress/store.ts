/**
 * Progress storage that never loses a learner's work. Storage is injected (localStorage in the
 * browser, a Map in tests).
 *
 * - One versioned record under one key, validated on every read, migrated from older versions.
 * - An unreadable record is copied aside under another key — never deleted — and reported.
 * - When storage is missing or full, the store keeps working for this tab only (sessionStorage,
 *   else memory) and says so.
 * - Every update re-reads storage first, so two open tabs do not overwrite each other.
 */
import { safeParse } from 'zod/v4/core';
import { migrate, type MigrationContext } from './migrate.ts';
import { emptyRecord, progressRecordSchema, type Profile, type ProgressRecord } from './schema.ts';

/** The subset of the Web Storage API the store needs. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

export const PROGRESS_KEY = 'vungbuoc:progress';
export const BACKUP_PREFIX = 'vungbuoc:progress:unreadable:';
/** Other keys that hold something personal, removed by "forget me" (the name printed on a certificate). */
export const PERSONAL_KEYS = ['vungbuoc:certificate-name'];

export type StoreMode = 'device' | 'tab' | 'memory';

export type StoreNotice =
  | { kind: 'recovered'; backupKey: string; reason: string }
  | { kind: 'recovered-unsaved'; reason: string }
  | { kind: 'tab-only'; reason: 'unavailable' | 'full' };

export interface StoreState {
  record: ProgressRecord;
  mode: StoreMode;
  notices: StoreNotice[];
}

export interface ProgressStoreOptions {
  /** `localStorage`, or null when it cannot even be reached (some private modes throw). */
  storage: StorageLike | null;
  /** `sessionStorage`, used for this-tab-only mode when the main storage fails. */
  tabStorage?: StorageLike | null;
  now?: () => Date;
  /** Random bytes for profile ids (crypto.getRandomValues works on plain HTTP too). */
  randomBytes: (length: number) => Uint8Array;
  /** Nickname of a profile created automatically ("Hồ sơ 1"). `{n}` is replaced by a number. */
  defaultNickname: string;
}

/** base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function createProgressStore(options: ProgressStoreOptions) {
  const now = options.now ?? (() => new Date());
  const newProfileId = () => toBase64Url(options.randomBytes(8));
  const migration: MigrationContext = { now, newProfileId, defaultNickname: options.defaultNickname.replace('{n}', '1') };

  let mode: StoreMode = options.storage ? 'device' : options.tabStorage ? 'tab' : 'memory';
  let memory: ProgressRecord | undefined;
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

  function parse(raw: string): { ok: true; record: ProgressRecord } | { ok: false; reason: string } {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return { ok: false, reason: 'not JSON' };
    }
    try {
      data = migrate(data, migration);
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : 'cannot migrate' };
    }
    const result = safeParse(progressRecordSchema, data);
    if (!result.success) {
      const issue = result.error.issues[0];
      return { ok: false, reason: `invalid at ${issue?.path.join('.') || 'root'}` };
    }
    return { ok: true, record: result.data };
  }

  /** Reads and validates the record; an unreadable one is copied aside and replaced by an empty one. */
  function read(): ProgressRecord {
    if (mode === 'memory') return memory ?? emptyRecord();
    const storage = activeStorage()!;
    let raw: string | null;
    try {
      raw = storage.getItem(PROGRESS_KEY);
    } catch {
      degrade('unavailable');
      return read();
    }
    if (raw === null) return memory && mode !== 'device' ? memory : emptyRecord();
    const parsed = parse(raw);
    if (parsed.ok) return parsed.record;
    // Keep the unreadable text: copy it aside under its own key before anything else is written.
    const backupKey = `${BACKUP_PREFIX}${now().toISOString()}`;
    try {
      storage.setItem(backupKey, raw);
      storage.removeItem(PROGRESS_KEY);
      addNotice({ kind: 'recovered', backupKey, reason: parsed.reason });
      return emptyRecord();
    } catch {
      // Could not make the copy (storage full): leave the original untouched and work in this tab.
      addNotice({ kind: 'recovered-unsaved', reason: parsed.reason });
      mode = 'memory';
      memory = emptyRecord();
      addNotice({ kind: 'tab-only', reason: 'full' });
      return memory;
    }
  }

  function write(record: ProgressRecord): void {
    if (mode === 'memory') {
      memory = record;
      return;
    }
    const storage = activeStorage()!;
    try {
      storage.setItem(PROGRESS_KEY, JSON.stringify(record));
      if (mode === 'tab') memory = record;
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      degrade(/quota/i.test(name) || /quota/i.test(String(error)) ? 'full' : 'unavailable');
      write(record);
    }
  }

  function snapshot(record: ProgressRecord): StoreState {
    return { record, mode, notices: [...notices] };
  }

  return {
    /** Current state: the validated record, the storage mode, and any notices to show. */
    load(): StoreState {
      return snapshot(read());
    },

    /** Applies `change` to the freshest record and saves it. */
    update(change: (record: ProgressRecord) => ProgressRecord): StoreState {
      const next = change(structuredClone(read()));
      write(next);
      return snapshot(next);
    },

    /** The active profile, creating one when there is none yet. */
    ensureProfile(record: ProgressRecord): { record: ProgressRecord; profile: Profile } {
      const active = record.profiles.find((p) => p.id === record.activeProfileId) ?? record.profiles[0];
      if (active) return { record: { ...record, activeProfileId: active.id }, profile: active };
      const profile: Profile = {
        id: newProfileId(),
        nickname: options.defaultNickname.replace('{n}', String(record.profiles.length + 1)),
        createdAt: now().toISOString(),
        lessons: {},
        attempts: {},
      };
      return { record: { ...record, profiles: [...record.profiles, profile], activeProfileId: profile.id }, profile };
    },

    /** A fresh random profile id. */
    newProfileId,

    /** Keys of unreadable records kept aside (oldest first). */
    backups(): Array<{ key: string; text: string }> {
      const storage = options.storage;
      if (!storage) return [];
      const out: Array<{ key: string; text: string }> = [];
      try {
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key?.startsWith(BACKUP_PREFIX)) out.push({ key, text: storage.getItem(key) ?? '' });
        }
      } catch {
        return [];
      }
      return out.sort((a, b) => a.key.localeCompare(b.key));
    },

    /** "Forget me on this device": removes all progress, profiles and kept copies. */
    forgetEverything(): StoreState {
      for (const storage of [options.storage, options.tabStorage]) {
        if (!storage) continue;
        try {
          const keys: string[] = [];
          for (let i = 0; i < storage.length; i++) {
            const key = storage.key(i);
            if (key === PROGRESS_KEY || key?.startsWith(BACKUP_PREFIX) || (key && PERSONAL_KEYS.includes(key))) keys.push(key);
          }
          for (const key of keys) storage.removeItem(key);
        } catch {
          // Nothing more can be done; memory is cleared below.
        }
      }
      memory = undefined;
      notices.length = 0;
      return snapshot(emptyRecord());
    },

    get mode(): StoreMode {
      return mode;
    },
  };
}
export type ProgressStore = ReturnType<typeof createProgressStore>;
