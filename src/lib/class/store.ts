/**
 * Storage of a teacher's classes under its own key, apart from the learner's own progress,
 * kept exactly like progress (../storage/record-store.ts): versioned and validated on every
 * read, unreadable data copied aside (never deleted) and reported, and a missing or full
 * storage degrading to this visit only, with a notice.
 */
import { STORAGE_KEYS } from '../storage/keys.ts';
import { toBase64Url } from '../progress/store.ts';
import { defineRecordStore, keptCopyFileName, parseStoredRecord, type ParsedRecord, type StoreState, type StoreStorages } from '../storage/record-store.ts';
import { CLASSES_VERSION, classesRecordSchema, emptyClasses, type ClassesRecord } from './schema.ts';

export const CLASSES_KEY = STORAGE_KEYS.classes.key;
export const CLASSES_BACKUP_PREFIX = STORAGE_KEYS.classesKept.key;

export type ClassStoreState = StoreState<ClassesRecord>;

export interface ClassStoreOptions extends StoreStorages {
  /** Random bytes for class ids. */
  randomBytes: (length: number) => Uint8Array;
}

/** Reads stored text into a record, or says why it cannot. */
export function parseClasses(raw: string): ParsedRecord<ClassesRecord> {
  return parseStoredRecord(
    raw,
    classesRecordSchema,
    (data) => {
      const version = data && typeof data === 'object' ? (data as { version?: unknown }).version : undefined;
      if (version !== CLASSES_VERSION) throw new Error(`unknown version ${JSON.stringify(version)}`);
      return data;
    },
    CLASSES_VERSION,
  );
}

/** The file name of a kept copy: `lop-hoc-ban-sao-2026-11-27-10-00-00.json`. */
export const classBackupFileName = keptCopyFileName('lop-hoc-ban-sao', CLASSES_BACKUP_PREFIX);

const classRecordStore = defineRecordStore<ClassesRecord>({ key: CLASSES_KEY, backupPrefix: CLASSES_BACKUP_PREFIX, parse: parseClasses, empty: emptyClasses });

export function createClassStore(options: ClassStoreOptions) {
  const store = classRecordStore(options);
  return {
    load: store.load,
    update: store.update,
    backups: store.backups,
    /** A fresh random class id. */
    newClassId(): string {
      return toBase64Url(options.randomBytes(8));
    },
    get mode() {
      return store.mode;
    },
  };
}
export type ClassStore = ReturnType<typeof createClassStore>;
