/**
 * Learners' progress in the browser: one versioned record (see ../storage/record-store.ts for
 * how it is kept — validated on every read, unreadable data copied aside, this-tab fallback,
 * re-read before every write), upgraded from older versions by `migrate.ts`, with profiles.
 */
import { FORGET_KEYS, STORAGE_KEYS } from '../storage/keys.ts';
import { migrate, type MigrationContext } from './migrate.ts';
import { emptyRecord, PROGRESS_VERSION, progressRecordSchema, type Profile, type ProgressRecord } from './schema.ts';
import { createRecordStore, parseStoredRecord, type StorageLike, type StoreMode, type StoreNotice, type StoreState as RecordState, type UpdateResult } from '../storage/record-store.ts';

export type { StorageLike, StoreMode, StoreNotice };
export type StoreState = RecordState<ProgressRecord>;
export type ProgressUpdate = UpdateResult<ProgressRecord>;

export const PROGRESS_KEY = STORAGE_KEYS.progress.key;
export const BACKUP_PREFIX = STORAGE_KEYS.progressKept.key;

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
  const store = createRecordStore<ProgressRecord>({
    key: PROGRESS_KEY,
    backupPrefix: BACKUP_PREFIX,
    parse: (raw) => parseStoredRecord(raw, progressRecordSchema, (data) => migrate(data, migration), PROGRESS_VERSION),
    empty: emptyRecord,
    storage: options.storage,
    tabStorage: options.tabStorage ?? null,
    now,
  });

  return {
    load: store.load,
    update: store.update,
    backups: store.backups,

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

    /** "Forget me on this device": removes every key that tells what a learner did (lib/storage/keys.ts). */
    forgetEverything(): StoreState {
      return store.forget(FORGET_KEYS);
    },

    get mode(): StoreMode {
      return store.mode;
    },
  };
}
export type ProgressStore = ReturnType<typeof createProgressStore>;
