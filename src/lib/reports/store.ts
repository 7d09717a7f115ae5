/**
 * Where a coordinator's roll-up lives: one versioned record under its own key, kept exactly
 * like classes and session reports (../storage/record-store.ts): validated on every read and
 * write, an unreadable record copied aside (never deleted) and reported, a missing or full
 * storage falling back to this tab only, with a notice.
 */
import { STORAGE_KEYS } from '../storage/keys.ts';
import { migrateReport } from '../sessions/migrate.ts';
import { REPORTS_VERSION } from '../sessions/schema.ts';
import { defineRecordStore, keptCopyFileName, parseStoredRecord, type ParsedRecord, type StoreState } from '../storage/record-store.ts';
import { emptyRollup, ROLLUP_VERSION, rollupRecordSchema, type RollupRecord } from './schema.ts';

export const ROLLUP_KEY = STORAGE_KEYS.rollup.key;
export const ROLLUP_BACKUP_PREFIX = STORAGE_KEYS.rollupKept.key;

export type RollupStoreState = StoreState<RollupRecord>;

/**
 * Reports kept in an older format are upgraded with the session reports' own steps, so a
 * roll-up made before a report format change still reads.
 */
export function upgradeRollup(data: unknown): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('not an object');
  const record = data as { version?: unknown; reportsFormat?: unknown; reports?: unknown };
  if (record.version !== ROLLUP_VERSION) throw new Error(`unknown version ${JSON.stringify(record.version)}`);
  const from = record.reportsFormat;
  if (typeof from !== 'number' || from >= REPORTS_VERSION || !Array.isArray(record.reports)) return data;
  return { ...record, reportsFormat: REPORTS_VERSION, reports: record.reports.map((report) => migrateReport(report, from)) };
}

/** Reads stored text into a roll-up, or says why it cannot. */
export function parseRollup(raw: string): ParsedRecord<RollupRecord> {
  return parseStoredRecord(raw, rollupRecordSchema, upgradeRollup, ROLLUP_VERSION);
}

export const createRollupStore = defineRecordStore<RollupRecord>({ key: ROLLUP_KEY, backupPrefix: ROLLUP_BACKUP_PREFIX, parse: parseRollup, empty: emptyRollup });
export type RollupStore = ReturnType<typeof createRollupStore>;

/** The file name of a kept copy: `tong-hop-ban-sao-2026-12-03-10-00-00.json`. */
export const rollupBackupFileName = keptCopyFileName('tong-hop-ban-sao', ROLLUP_BACKUP_PREFIX);
