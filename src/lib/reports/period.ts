/**
 * Choosing what the figures cover: a period (all time, a year, a quarter, or dates the
 * coordinator picks), and optionally one trainer or one session plan. A report without a date
 * cannot be placed in a period: it is counted apart and said, never silently dropped.
 */
import type { SessionReport } from '../sessions/schema.ts';
import { normalizeName } from './places.ts';

export type Period =
  | { kind: 'all' }
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  /** Inclusive days, YYYY-MM-DD; an empty end is open. */
  | { kind: 'custom'; from: string; to: string };

export interface Selection {
  period: Period;
  /** Normalised trainer (see `trainerKey`); null for every trainer. */
  trainer: string | null;
  /** Session plan slug; null for every plan. */
  plan: string | null;
}

export const ALL: Selection = { period: { kind: 'all' }, trainer: null, plan: null };

const pad = (n: number) => String(n).padStart(2, '0');

/** First and last day of a period (null: open at that end). */
export function periodRange(period: Period): { from: string | null; to: string | null } {
  switch (period.kind) {
    case 'all':
      return { from: null, to: null };
    case 'year':
      return { from: `${period.year}-01-01`, to: `${period.year}-12-31` };
    case 'quarter': {
      const first = (period.quarter - 1) * 3 + 1;
      const last = first + 2;
      const lastDay = new Date(Date.UTC(period.year, last, 0)).getUTCDate();
      return { from: `${period.year}-${pad(first)}-01`, to: `${period.year}-${pad(last)}-${pad(lastDay)}` };
    }
    case 'custom':
      return { from: period.from || null, to: period.to || null };
  }
}

/** True when custom dates end before they start (nothing can be in such a period). */
export function isBackwards(period: Period): boolean {
  return period.kind === 'custom' && period.from !== '' && period.to !== '' && period.from > period.to;
}

/** True when a dated report falls in the period (ISO dates compare as text). */
export function inPeriod(date: string, period: Period): boolean {
  const { from, to } = periodRange(period);
  return (from === null || date >= from) && (to === null || date <= to);
}

/** The trainer as compared: case and spacing put aside; '' when not recorded. */
export function trainerKey(trainer: string): string {
  return normalizeName(trainer);
}

export interface Selected<T> {
  /** Reports the figures count. For all time these include the undated ones. */
  counted: T[];
  /** Reports of the chosen trainer and plan that have no date. */
  undated: T[];
  /** Dated reports of the chosen trainer and plan outside the period. */
  outside: number;
}

/** Splits reports by the selection: trainer and plan first, then the period. */
export function selectReports<T extends { report: Pick<SessionReport, 'date' | 'trainer' | 'session'> }>(items: readonly T[], selection: Selection): Selected<T> {
  const out: Selected<T> = { counted: [], undated: [], outside: 0 };
  for (const item of items) {
    if (selection.trainer !== null && trainerKey(item.report.trainer) !== selection.trainer) continue;
    if (selection.plan !== null && item.report.session !== selection.plan) continue;
    if (!item.report.date) {
      out.undated.push(item);
      if (selection.period.kind === 'all') out.counted.push(item);
    } else if (inPeriod(item.report.date, selection.period)) out.counted.push(item);
    else out.outside++;
  }
  return out;
}

/** Years that reports were held in, latest first (the choices for a year or quarter). */
export function yearsOf(reports: ReadonlyArray<Pick<SessionReport, 'date'>>): number[] {
  return [...new Set(reports.filter((r) => r.date).map((r) => Number(r.date.slice(0, 4))))].sort((a, b) => b - a);
}
