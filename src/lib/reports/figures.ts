/**
 * The roll-up's figures, from the reports loaded: sessions held, distinct places reached,
 * attendances (lượt người) by sex, age group and ethnic minority, and the knowledge gain,
 * pooled over the sessions that have both tests (gain = pooled post-test correct rate −
 * pooled pre-test correct rate, as a session report's own "all sessions" figure is).
 * Every figure a report page would leave out (more right answers than people, age groups that
 * disagree with the headcount, more ethnic-minority participants than participants) is left
 * out here by the same code, and named.
 */
import { compareTests, programmeTotals, summarizeReport, type Comparison, type LeftOut, type ProgrammeTotals, type ReportSummary } from '../sessions/report.ts';
import type { PlaceType, SessionReport, TestStamp } from '../sessions/schema.ts';
import { testsOfReport, type KeyLibrary, type PlanInfo, type ReportTests } from './keys.ts';
import { distinctPlaces, placeOf, type PlaceId } from './places.ts';
import { trainerKey } from './period.ts';
import type { PlaceMerge } from './schema.ts';

/** One report with its figures worked out. */
export interface RollupItem {
  report: SessionReport;
  summary: ReportSummary;
  comparison: Comparison;
  tests: ReportTests;
}

/** Works out every report's figures once (the filters then only choose among them). Oldest first; undated last. */
export function rollupItems(reports: readonly SessionReport[], library: KeyLibrary, plans: Readonly<Record<string, PlanInfo>>): RollupItem[] {
  return [...reports]
    .sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999') || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((report) => {
      const tests = testsOfReport(report, library, plans);
      const comparison = compareTests(
        tests.keys.pre ? { key: tests.keys.pre, entry: report.pre } : null,
        tests.keys.post ? { key: tests.keys.post, entry: report.post } : null,
      );
      return { report, summary: summarizeReport(report, tests.keys), comparison, tests };
    });
}

export interface Figures {
  sessions: number;
  totals: ProgrammeTotals;
  /** Distinct places reached, per kind. */
  places: Record<PlaceType, number>;
  /** Sessions with no place name typed (not counted as a place). */
  noPlace: number;
  /** Sessions and attendances whose age groups are counted (those that add up to the headcount). */
  ageCounted: { sessions: number; attendances: number };
  /** Sessions and attendances where ethnic-minority participants were counted. */
  ethnicCounted: { sessions: number; attendances: number };
  /** Reports of an older format (trainer, kind of place and test edition were not recorded). */
  olderFormat: number;
  /** Reports with no trainer recorded. */
  noTrainer: number;
}

export function figuresOf(items: readonly RollupItem[], merges: readonly PlaceMerge[]): Figures {
  const places = items.map((item) => placeOf(item.report, merges)).filter((place): place is PlaceId => place !== null);
  const ageItems = items.filter((item) => item.summary.headcount.age !== null && item.summary.headcount.ageTotal > 0);
  const ethnicItems = items.filter((item) => item.summary.headcount.ethnicMinority !== null);
  const attendancesOf = (list: readonly RollupItem[]) => list.reduce((sum, item) => sum + item.summary.headcount.total, 0);
  return {
    sessions: items.length,
    totals: programmeTotals(items.map((item) => item.summary)),
    places: distinctPlaces(places),
    noPlace: items.length - places.length,
    ageCounted: { sessions: ageItems.length, attendances: attendancesOf(ageItems) },
    ethnicCounted: { sessions: ethnicItems.length, attendances: attendancesOf(ethnicItems) },
    olderFormat: items.filter((item) => item.report.migratedFrom !== undefined).length,
    noTrainer: items.filter((item) => trainerKey(item.report.trainer) === '').length,
  };
}

/** Which report a note is about (what the coordinator needs to find it and ask its trainer). */
export interface ReportRef {
  id: string;
  trainer: string;
  date: string;
  place: string;
  session: string;
}

export type Issue =
  /** A figure left out, exactly as the report page leaves it out. */
  | { kind: 'left-out'; report: ReportRef; item: LeftOut }
  /** Test results whose edition no answer key here matches: left out of the test figures. */
  | { kind: 'unknown-edition'; report: ReportRef; test: TestStamp }
  /** Results of an edition nobody here has a key for, marked with a newer edition of the same test (see `ReportTests.remarked`). */
  | { kind: 'remarked-edition'; report: ReportRef; recorded: TestStamp; used: TestStamp }
  /** An older report marked with its plan's current test editions. */
  | { kind: 'assumed-edition'; report: ReportRef };

const refOf = (report: SessionReport): ReportRef => ({ id: report.id, trainer: report.trainer, date: report.date, place: report.place, session: report.session });

/** Everything about the counted reports that the coordinator should know, report by report. */
export function issuesOf(items: readonly RollupItem[]): Issue[] {
  return items.flatMap((item): Issue[] => {
    const report = refOf(item.report);
    return [
      ...item.summary.leftOut.map((leftOut): Issue => ({ kind: 'left-out', report, item: leftOut })),
      ...item.tests.unknown.map((test): Issue => ({ kind: 'unknown-edition', report, test })),
      ...item.tests.remarked.map(({ recorded, used }): Issue => ({ kind: 'remarked-edition', report, recorded, used })),
      ...(item.tests.assumed ? [{ kind: 'assumed-edition', report } as const] : []),
    ];
  });
}

/** A row of the by-trainer or by-plan table. */
export interface GroupRow {
  /** Normalised trainer, or plan slug. */
  key: string;
  /** The trainer as most often typed ('' when not recorded), or the plan's title. */
  label: string;
  figures: Figures;
}

/** Figures per trainer (by name, as most often typed) or per session plan (in the plans' order). */
export function groupRows(
  items: readonly RollupItem[],
  by: 'trainer' | 'plan',
  merges: readonly PlaceMerge[],
  plans: readonly PlanInfo[],
  locale = 'vi',
): GroupRow[] {
  const groups = new Map<string, RollupItem[]>();
  for (const item of items) {
    const key = by === 'trainer' ? trainerKey(item.report.trainer) : item.report.session;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const collator = new Intl.Collator(locale);
  const planOrder = (slug: string) => {
    const at = plans.findIndex((plan) => plan.slug === slug);
    return at < 0 ? plans.length : at;
  };
  return [...groups.entries()]
    .map(([key, list]) => ({ key, label: by === 'trainer' ? mostTyped(list.map((item) => item.report.trainer.trim().replace(/\s+/g, ' '))) : (plans.find((p) => p.slug === key)?.title ?? key), figures: figuresOf(list, merges) }))
    .sort((a, b) =>
      by === 'trainer'
        ? Number(a.key === '') - Number(b.key === '') || collator.compare(a.label, b.label)
        : planOrder(a.key) - planOrder(b.key) || a.key.localeCompare(b.key),
    );
}

/** The spelling typed most often (ties: the first typed). */
function mostTyped(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best = names[0] ?? '';
  for (const [name, count] of counts) if (count > (counts.get(best) ?? 0)) best = name;
  return best;
}

/** Trainers to choose from: normalised key and the spelling shown, by name; "not recorded" last. */
export function trainersOf(items: readonly RollupItem[], locale = 'vi'): Array<{ key: string; label: string }> {
  return groupRows(items, 'trainer', [], [], locale).map(({ key, label }) => ({ key, label }));
}

/** Sessions held per month (YYYY-MM), every month from the first to the last, empty months included. */
export function sessionsPerMonth(items: readonly RollupItem[]): Array<{ month: string; sessions: number }> {
  const months = items.map((item) => item.report.date.slice(0, 7)).filter(Boolean).sort();
  if (months.length === 0) return [];
  const counts = new Map<string, number>();
  for (const month of months) counts.set(month, (counts.get(month) ?? 0) + 1);
  const out: Array<{ month: string; sessions: number }> = [];
  let [year, month] = months[0]!.split('-').map(Number) as [number, number];
  const last = months.at(-1)!;
  for (;;) {
    const id = `${year}-${String(month).padStart(2, '0')}`;
    out.push({ month: id, sessions: counts.get(id) ?? 0 });
    if (id >= last) return out;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}
