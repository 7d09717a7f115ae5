/**
 * Upgrades session reports from older formats, one format at a time — the kept record in a
 * trainer's browser and the reports inside an exported file alike. Each step is code with a test.
 *
 * Format 1 → 2: a report gains the trainer's name or unit (empty: not recorded), the kind of
 * place (`other`: not recorded) and the test edition of each result (null: not recorded), and
 * says which format it came from, so a roll-up can count it and still say it is an older report.
 */
import { REPORTS_VERSION } from './schema.ts';

type Report = Record<string, unknown>;

const steps: Record<number, (report: Report) => Report> = {
  1: (old) => ({
    ...old,
    trainer: '',
    placeType: 'other',
    pre: withoutTestStamp(old.pre),
    post: withoutTestStamp(old.post),
    migratedFrom: typeof old.migratedFrom === 'number' ? old.migratedFrom : 1,
  }),
};

function withoutTestStamp(entry: unknown): unknown {
  return entry && typeof entry === 'object' && !Array.isArray(entry) ? { test: null, ...entry } : entry;
}

export class ReportsMigrationError extends Error {}

/** One report of format `from`, in the current format (not yet validated: the schema does that). */
export function migrateReport(report: unknown, from: number): unknown {
  if (!report || typeof report !== 'object' || Array.isArray(report)) return report;
  let current = report as Report;
  for (let version = from; version < REPORTS_VERSION; version++) {
    const step = steps[version];
    if (!step) throw new ReportsMigrationError(`no migration from version ${version}`);
    current = step(current);
  }
  return current;
}

/** The format number of a stored record or exported file, or null when it has none. */
export function formatVersionOf(data: unknown): number | null {
  const version = data && typeof data === 'object' ? (data as { version?: unknown }).version : undefined;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

/**
 * A stored record `{ version, reports }` of any older format, upgraded to the current one.
 * Throws on a record with no version; a newer version is left as it is (the store says so).
 */
export function migrateReportsRecord(data: unknown): unknown {
  const version = formatVersionOf(data);
  if (version === null) throw new ReportsMigrationError('no version');
  if (version >= REPORTS_VERSION) return data;
  const record = data as { reports?: unknown };
  return {
    ...record,
    version: REPORTS_VERSION,
    reports: Array.isArray(record.reports) ? record.reports.map((report) => migrateReport(report, version)) : record.reports,
  };
}
