/**
 * Edits to the kept session reports, as pure functions of the record: create, change and
 * delete a report, edit paper sheets and tallies, and move reports between browsers as a JSON
 * file (imports add or update, never silently replace a newer copy).
 */
import * as z from 'zod/mini';
import { safeParse } from 'zod/v4/core';
import { formatVersionOf, migrateReport } from './migrate.ts';
import {
  emptyHeadcount,
  emptyTestEntry,
  MAX_COUNT,
  MAX_SHEETS,
  REPORT_DATE,
  REPORTS_VERSION,
  reportSchema,
  testKeySchema,
  type ReportsRecord,
  type SessionReport,
  type TestEntry,
  type TestKey,
  type TestStamp,
} from './schema.ts';

/** The calendar day of `now` on the trainer's own clock, YYYY-MM-DD. */
export function localIsoDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * A new, empty report of one session held today, stamped with the editions of the plan's tests
 * and the trainer's name or unit from her last report (typed once per browser, not per session).
 */
export function newReport(options: {
  id: string;
  session: string;
  now: Date;
  tests?: { pre: TestStamp | null; post: TestStamp | null };
  trainer?: string;
}): SessionReport {
  const at = options.now.toISOString();
  return {
    id: options.id,
    session: options.session,
    date: localIsoDate(options.now),
    trainer: options.trainer ?? '',
    placeType: 'other',
    place: '',
    notes: '',
    headcount: emptyHeadcount(),
    pre: emptyTestEntry(options.tests?.pre ?? null),
    post: emptyTestEntry(options.tests?.post ?? null),
    createdAt: at,
    updatedAt: at,
  };
}

/** The trainer named in the most recently created report of this browser ('' when none). */
export function lastTrainer(record: ReportsRecord): string {
  const latest = [...record.reports].filter((r) => r.trainer.trim()).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return latest?.trainer ?? '';
}

export function addReport(record: ReportsRecord, report: SessionReport): ReportsRecord {
  return { ...record, reports: [...record.reports, report] };
}

/** Applies `change` to one report and stamps it as updated. */
export function changeReport(record: ReportsRecord, id: string, change: (report: SessionReport) => SessionReport, now: Date): ReportsRecord {
  return {
    ...record,
    reports: record.reports.map((report) => (report.id === id ? { ...change(report), id, updatedAt: now.toISOString() } : report)),
  };
}

export function deleteReport(record: ReportsRecord, id: string): ReportsRecord {
  return { ...record, reports: record.reports.filter((report) => report.id !== id) };
}

/** Reports of one session plan, latest session first. */
export function reportsOfSession(record: ReportsRecord, session: string): SessionReport[] {
  return record.reports
    .filter((report) => report.session === session)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/** All reports, by date (oldest first), as a programme's table lists them. */
export function reportsByDate(record: ReportsRecord): SessionReport[] {
  return [...record.reports].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

/** True while a test has room for another sheet (the stored record holds at most MAX_SHEETS). */
export function canAddSheet(entry: TestEntry): boolean {
  return entry.sheets.length < MAX_SHEETS;
}

/** Adds an empty sheet (the next number); a test that already has MAX_SHEETS is left as it is. */
export function addSheet(entry: TestEntry): TestEntry {
  return canAddSheet(entry) ? { ...entry, sheets: [...entry.sheets, {}] } : entry;
}

export function removeSheet(entry: TestEntry, index: number): TestEntry {
  return { ...entry, sheets: entry.sheets.filter((_, i) => i !== index) };
}

/** Sets what one sheet answered to one question (no option ids = not answered). */
export function setSheetAnswer(entry: TestEntry, index: number, questionId: string, optionIds: readonly string[]): TestEntry {
  return {
    ...entry,
    sheets: entry.sheets.map((sheet, i) => {
      if (i !== index) return sheet;
      const next = { ...sheet };
      if (optionIds.length === 0) delete next[questionId];
      else next[questionId] = [...optionIds];
      return next;
    }),
  };
}

/** Sets the number of right answers counted for one question. */
export function setTally(entry: TestEntry, questionId: string, correct: number): TestEntry {
  return { ...entry, correct: { ...entry.correct, [questionId]: correct } };
}

/** A typed count: its value, or why it cannot be saved. */
export type CountReading = { ok: true; value: number } | { ok: false; problem: 'not-a-number' | 'too-large' };

/**
 * Reads a count typed by the trainer: empty is 0; digits only (spaces ignored, so `1 200`
 * reads); never more than `max` (the schema's MAX_COUNT unless a smaller limit is given).
 */
export function readCount(text: string, max: number = MAX_COUNT): CountReading {
  const clean = text.replace(/\s+/g, '');
  if (clean === '') return { ok: true, value: 0 };
  if (!/^\d+$/.test(clean)) return { ok: false, problem: 'not-a-number' };
  const value = Number(clean);
  return value > max ? { ok: false, problem: 'too-large' } : { ok: true, value };
}

/** A typed count, or null when it cannot be saved (see readCount). */
export function parseCount(text: string, max: number = MAX_COUNT): number | null {
  const reading = readCount(text, max);
  return reading.ok ? reading.value : null;
}

/**
 * True when a date field's value can be saved: empty, or YYYY-MM-DD with a four-digit year
 * (a date picker takes a year of five or six digits: 20266-11-20).
 */
export function isReportDate(value: string): boolean {
  return REPORT_DATE.test(value);
}

export const REPORTS_EXPORT_FORMAT = 'vung-buoc-session-reports';

/** Most reports one file may hold (a trainer's years of sessions fit many times over). */
export const MAX_FILE_REPORTS = 5000;

const exportEnvelopeSchema = z.object({
  format: z.literal(REPORTS_EXPORT_FORMAT),
  version: z.int(),
  exportedAt: z.optional(z.string()),
  reports: z.array(z.unknown()).check(z.maxLength(MAX_FILE_REPORTS)),
  tests: z.optional(z.array(z.unknown())),
});

/**
 * The file a trainer keeps or hands on: the reports, and the answer keys of the test editions
 * they used (so a copy of the site with newer tests can still mark their paper sheets).
 */
export function exportReports(reports: readonly SessionReport[], now: Date, keys: readonly TestKey[] = []): string {
  const used = new Set(reports.flatMap((r) => [r.pre.test, r.post.test]).filter((t): t is TestStamp => t !== null).map(testKeyId));
  const tests = keys.filter((key) => used.has(testKeyId(key)));
  return `${JSON.stringify({ format: REPORTS_EXPORT_FORMAT, version: REPORTS_VERSION, exportedAt: now.toISOString(), reports, tests }, null, 2)}\n`;
}

/** `slug@version`: how test editions are told apart. */
export function testKeyId(test: { slug: string; version: number }): string {
  return `${test.slug}@${test.version}`;
}

/** Why a file cannot be read at all. */
export type ReportsFileProblem =
  | { kind: 'not-json' }
  | { kind: 'not-reports' }
  | { kind: 'newer'; version: number };

/** A report in a readable file that could not be read, and where the file first goes wrong. */
export interface SkippedReport {
  /** 1-based position in the file. */
  number: number;
  id: string | null;
  /** Dotted path of the first wrong field (`headcount.female`). */
  field: string;
}

export type ReportsFileReading =
  | { ok: true; reports: SessionReport[]; tests: TestKey[]; skipped: SkippedReport[]; version: number }
  | { ok: false; problem: ReportsFileProblem };

/**
 * Reads an exported file of any format up to the current one: older reports are upgraded; a
 * report that still does not read is skipped and named, never taking the others with it.
 */
export function readReportsFile(text: string): ReportsFileReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  const version = formatVersionOf(data);
  if (version !== null && version > REPORTS_VERSION && (data as { format?: unknown }).format === REPORTS_EXPORT_FORMAT) {
    return { ok: false, problem: { kind: 'newer', version } };
  }
  // A copy the store kept aside is the stored record itself ({ version, reports }): it reads the
  // same way, so a kept copy can be imported back through the normal import.
  const keptCopy = Boolean(data && typeof data === 'object' && !('format' in data) && Array.isArray((data as { reports?: unknown }).reports));
  if (keptCopy && version !== null && version > REPORTS_VERSION) return { ok: false, problem: { kind: 'newer', version } };
  const envelope = safeParse(exportEnvelopeSchema, keptCopy ? { ...(data as object), format: REPORTS_EXPORT_FORMAT } : data);
  if (!envelope.success || version === null) return { ok: false, problem: { kind: 'not-reports' } };
  const reports: SessionReport[] = [];
  const skipped: SkippedReport[] = [];
  envelope.data.reports.forEach((raw, index) => {
    const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : null;
    let result;
    try {
      result = safeParse(reportSchema, migrateReport(raw, version));
    } catch {
      skipped.push({ number: index + 1, id, field: 'version' });
      return;
    }
    if (result.success) reports.push(result.data);
    else skipped.push({ number: index + 1, id, field: result.error.issues[0]?.path.join('.') || 'report' });
  });
  const tests = (envelope.data.tests ?? []).flatMap((raw) => {
    const key = safeParse(testKeySchema, raw);
    return key.success ? [key.data] : [];
  });
  return { ok: true, reports, tests, skipped, version };
}

export interface ReportsImportPlan {
  /** Reports this browser does not have. */
  add: SessionReport[];
  /** Newer copies of reports this browser has. */
  update: SessionReport[];
  /** The copies those updates replace (kept aside by the page, never lost). */
  replaced: SessionReport[];
  /** Reports already here, the same or newer (left as they are). */
  kept: number;
  /** Incoming reports changed "more than a day from now" (a device with a wrong clock): kept, with a warning. */
  futureDated: number;
}

const DAY_MS = 86_400_000;

/**
 * When a report was last changed, for deciding which copy is newer: a time more than a day
 * ahead of `now` (a cheap device with a wrong clock) counts as now, so it can never outrank
 * the real later edits that follow it.
 */
export function effectiveUpdatedAt(report: SessionReport, now: Date): number {
  const time = Date.parse(report.updatedAt);
  return time > now.getTime() + DAY_MS ? now.getTime() : time;
}

/** What importing would do. A report is the same report when its id is; the newer copy wins. */
export function planReportsImport(record: ReportsRecord, incoming: readonly SessionReport[], now: Date = new Date()): ReportsImportPlan {
  const plan: ReportsImportPlan = { add: [], update: [], replaced: [], kept: 0, futureDated: 0 };
  const seen = new Set<string>();
  for (const report of incoming) {
    if (seen.has(report.id)) continue;
    seen.add(report.id);
    if (Date.parse(report.updatedAt) > now.getTime() + DAY_MS) plan.futureDated++;
    const local = record.reports.find((r) => r.id === report.id);
    if (!local) plan.add.push(report);
    else if (effectiveUpdatedAt(report, now) > effectiveUpdatedAt(local, now)) {
      plan.update.push(report);
      plan.replaced.push(local);
    } else plan.kept++;
  }
  return plan;
}

export function applyReportsImport(record: ReportsRecord, plan: ReportsImportPlan): ReportsRecord {
  const updates = new Map(plan.update.map((report) => [report.id, report]));
  return {
    ...record,
    reports: [...record.reports.map((report) => updates.get(report.id) ?? report), ...plan.add],
  };
}
