/**
 * Edits to the kept session reports, as pure functions of the record: create, change and
 * delete a report, edit paper sheets and tallies, and move reports between browsers as a JSON
 * file (imports add or update, never silently replace a newer copy).
 */
import * as z from 'zod/mini';
import { parseJsonWith } from '../validation/parse.ts';
import {
  emptyHeadcount,
  emptyTestEntry,
  MAX_COUNT,
  MAX_SHEETS,
  REPORT_DATE,
  reportSchema,
  type ReportsRecord,
  type SessionReport,
  type TestEntry,
} from './schema.ts';

/** The calendar day of `now` on the trainer's own clock, YYYY-MM-DD. */
export function localIsoDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A new, empty report of one session held today. */
export function newReport(options: { id: string; session: string; now: Date }): SessionReport {
  const at = options.now.toISOString();
  return {
    id: options.id,
    session: options.session,
    date: localIsoDate(options.now),
    place: '',
    notes: '',
    headcount: emptyHeadcount(),
    pre: emptyTestEntry(),
    post: emptyTestEntry(),
    createdAt: at,
    updatedAt: at,
  };
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

const exportFileSchema = z.object({
  format: z.literal(REPORTS_EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  reports: z.array(reportSchema),
});

/** The file a trainer keeps or hands on: every report kept in this browser. */
export function exportReports(reports: readonly SessionReport[], now: Date): string {
  return `${JSON.stringify({ format: REPORTS_EXPORT_FORMAT, version: 1, exportedAt: now.toISOString(), reports }, null, 2)}\n`;
}

/** Reads an exported file; null when it is not one (or any report in it is invalid). */
export function parseReportsFile(text: string): SessionReport[] | null {
  return parseJsonWith(exportFileSchema, text)?.reports ?? null;
}

export interface ReportsImportPlan {
  /** Reports this browser does not have. */
  add: SessionReport[];
  /** Newer copies of reports this browser has. */
  update: SessionReport[];
  /** Reports already here, the same or newer (left as they are). */
  kept: number;
}

/** What importing would do. A report is the same report when its id is; the newer copy wins. */
export function planReportsImport(record: ReportsRecord, incoming: readonly SessionReport[]): ReportsImportPlan {
  const plan: ReportsImportPlan = { add: [], update: [], kept: 0 };
  const seen = new Set<string>();
  for (const report of incoming) {
    if (seen.has(report.id)) continue;
    seen.add(report.id);
    const local = record.reports.find((r) => r.id === report.id);
    if (!local) plan.add.push(report);
    else if (report.updatedAt > local.updatedAt) plan.update.push(report);
    else plan.kept++;
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
