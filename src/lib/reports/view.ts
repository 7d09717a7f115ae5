/**
 * Everything the roll-up page shows for one selection, worked out in one place from the kept
 * roll-up and this copy of the site's plans and test editions — so the page only prints.
 */
import type { TestKey } from '../sessions/schema.ts';
import { figuresOf, groupRows, issuesOf, rollupItems, sessionsPerMonth, trainersOf, type Figures, type GroupRow, type Issue } from './figures.ts';
import { keyLibrary, type PlanInfo } from './keys.ts';
import { selectReports, yearsOf, type Selection } from './period.ts';
import { placeGroups, type PlaceGroup } from './places.ts';
import { questionRows, type QuestionRow } from './questions.ts';
import type { RollupRecord } from './schema.ts';

export interface RollupView {
  /** Choices for the filters (over every report loaded). */
  years: number[];
  trainers: Array<{ key: string; label: string }>;
  plans: Array<{ slug: string; title: string }>;
  /** The selection's figures. */
  figures: Figures;
  /** Reports of the chosen trainer and plan without a date; `counted` when they are in the figures (all time). */
  undated: { n: number; counted: boolean };
  issues: Issue[];
  months: Array<{ month: string; sessions: number }>;
  places: PlaceGroup[];
  questions: QuestionRow[];
  byTrainer: GroupRow[];
  byPlan: GroupRow[];
}

export function rollupView(record: RollupRecord, selection: Selection, site: { plans: readonly PlanInfo[]; tests: readonly TestKey[] }, locale = 'vi'): RollupView {
  const plans = Object.fromEntries(site.plans.map((plan) => [plan.slug, plan]));
  const items = rollupItems(record.reports, keyLibrary(site.tests, record.tests), plans);
  const selected = selectReports(items, selection);
  const merges = record.placeMerges;
  const counted = selected.counted;
  return {
    years: yearsOf(record.reports),
    trainers: trainersOf(items, locale),
    plans: groupRows(items, 'plan', [], site.plans, locale).map((row) => ({ slug: row.key, title: row.label })),
    figures: figuresOf(counted, merges),
    undated: { n: selected.undated.length, counted: selection.period.kind === 'all' },
    issues: issuesOf(counted),
    months: sessionsPerMonth(counted),
    places: placeGroups(counted.map((item) => ({ placeType: item.report.placeType, place: item.report.place, attendances: item.summary.headcount.total })), merges, locale),
    questions: questionRows(counted),
    byTrainer: groupRows(counted, 'trainer', merges, site.plans, locale),
    byPlan: groupRows(counted, 'plan', merges, site.plans, locale),
  };
}
