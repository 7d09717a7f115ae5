/**
 * Where a trainer's session reports live: one versioned record under one key in the
 * browser's storage, kept exactly like learners' progress (../storage/record-store.ts):
 * validated on every read, an unreadable record copied aside (never deleted) and reported, a
 * missing or full storage falling back to this tab only, with a notice.
 */
import { STORAGE_KEYS } from '../storage/keys.ts';
import { defineRecordStore, parseStoredRecord, type StorageLike, type StoreMode, type StoreNotice, type StoreState } from '../storage/record-store.ts';
import { migrateReportsRecord } from './migrate.ts';
import { emptyReportsRecord, REPORTS_VERSION, reportsRecordSchema, type ReportsRecord } from './schema.ts';

export type { StorageLike, StoreMode, StoreNotice };

export const REPORTS_KEY = STORAGE_KEYS.reports.key;
export const REPORTS_BACKUP_PREFIX = STORAGE_KEYS.reportsKept.key;

export type ReportStoreState = StoreState<ReportsRecord>;

export const createReportStore = defineRecordStore<ReportsRecord>({
  key: REPORTS_KEY,
  backupPrefix: REPORTS_BACKUP_PREFIX,
  // Older formats are upgraded on read; the upgraded record is saved with the next change.
  parse: (raw) => parseStoredRecord(raw, reportsRecordSchema, migrateReportsRecord, REPORTS_VERSION),
  empty: emptyReportsRecord,
});
export type ReportStore = ReturnType<typeof createReportStore>;
