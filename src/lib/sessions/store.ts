/**
 * Where a trainer's session reports live: one versioned record under one key in the
 * browser's storage, kept exactly like learners' progress (../storage/record-store.ts):
 * validated on every read, an unreadable record copied aside (never deleted) and reported, a
 * missing or full storage falling back to this tab only, with a notice.
 */
import { STORAGE_KEYS } from '../storage/keys.ts';
import { createRecordStore, parseStoredRecord, type StorageLike, type StoreMode, type StoreNotice, type StoreState } from '../storage/record-store.ts';
import { migrateReportsRecord } from './migrate.ts';
import { emptyReportsRecord, REPORTS_VERSION, reportsRecordSchema, type ReportsRecord } from './schema.ts';

export type { StorageLike, StoreMode, StoreNotice };

export const REPORTS_KEY = STORAGE_KEYS.reports.key;
export const REPORTS_BACKUP_PREFIX = STORAGE_KEYS.reportsKept.key;

export type ReportStoreState = StoreState<ReportsRecord>;

export interface ReportStoreOptions {
  /** `localStorage`, or null when it cannot be reached. */
  storage: StorageLike | null;
  /** `sessionStorage`, for this-tab-only mode when the main storage fails. */
  tabStorage?: StorageLike | null;
  now?: () => Date;
}

export function createReportStore(options: ReportStoreOptions) {
  return createRecordStore<ReportsRecord>({
    key: REPORTS_KEY,
    backupPrefix: REPORTS_BACKUP_PREFIX,
    // Older formats are upgraded on read; the upgraded record is saved with the next change.
    parse: (raw) => parseStoredRecord(raw, reportsRecordSchema, migrateReportsRecord, REPORTS_VERSION),
    empty: emptyReportsRecord,
    ...options,
  });
}
export type ReportStore = ReturnType<typeof createReportStore>;
