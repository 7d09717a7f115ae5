/**
 * The roll-up as a spreadsheet (the same figures as the printed summary): one row for the
 * whole selection, then one per trainer and one per session plan; then the per-question
 * results; then notes (period, files, reports without a date, what was left out).
 * Turned into text by ../csv.ts (BOM, quoting, formula cells neutralised).
 */
import type { QuestionsCsvLabels } from '../sessions/report-csv.ts';
import type { CsvCell } from '../csv.ts';
import { AGE_GROUPS, PLACE_TYPES, type AgeGroup, type PlaceType } from '../sessions/schema.ts';
import type { GroupRow } from './figures.ts';
import type { QuestionRow } from './questions.ts';

/** Column headers and row labels, in the page's language. */
export interface RollupCsvLabels {
  group: string;
  name: string;
  sessions: string;
  places: Record<PlaceType, string>;
  attendances: string;
  female: string;
  male: string;
  age: Record<AgeGroup, string>;
  ethnicMinority: string;
  sessionsWithGain: string;
  prePercent: string;
  postPercent: string;
  gain: string;
  /** First cell of each row kind. */
  kinds: { total: string; trainer: string; plan: string };
  /** Name shown for a trainer not recorded. */
  noTrainer: string;
  /** The per-question columns: the session report's, plus the test, its edition and the sessions counted. */
  questions: Pick<QuestionsCsvLabels, 'question' | 'text' | 'preCorrect' | 'preTotal' | 'prePercent' | 'postCorrect' | 'postTotal' | 'postPercent' | 'gain'> & {
    test: string;
    edition: string;
    sessions: string;
  };
  note: string;
}

export interface RollupCsvInput {
  total: GroupRow;
  trainers: readonly GroupRow[];
  plans: readonly GroupRow[];
  questions: readonly QuestionRow[];
  /** Title of a test, and the text of one of its questions, when this copy of the site knows them. */
  testTitle: (slug: string) => string;
  questionText: (row: QuestionRow) => string;
  /** Notes in words (period, files, undated reports, figures left out). */
  notes: readonly string[];
}

function figureCells(row: GroupRow): CsvCell[] {
  const { figures } = row;
  const t = figures.totals;
  return [
    figures.sessions,
    ...PLACE_TYPES.map((type) => figures.places[type]),
    t.attendances,
    t.female,
    t.male,
    // Empty, not 0, where nobody counted: a 0 would read as "none came".
    ...AGE_GROUPS.map((group) => (figures.ageCounted.sessions > 0 ? t.age[group] : undefined)),
    figures.ethnicCounted.sessions > 0 ? t.ethnicMinority : undefined,
    t.sessionsWithGain,
    t.prePercent,
    t.postPercent,
    t.gain,
  ];
}

export function rollupCsvRows(input: RollupCsvInput, labels: RollupCsvLabels): CsvCell[][] {
  const q = labels.questions;
  const header = [
    labels.group, labels.name, labels.sessions,
    ...PLACE_TYPES.map((type) => labels.places[type]),
    labels.attendances, labels.female, labels.male,
    ...AGE_GROUPS.map((group) => labels.age[group]),
    labels.ethnicMinority, labels.sessionsWithGain, labels.prePercent, labels.postPercent, labels.gain,
  ];
  const rows: CsvCell[][] = [
    header,
    [labels.kinds.total, input.total.label, ...figureCells(input.total)],
    ...input.trainers.map((row) => [labels.kinds.trainer, row.label || labels.noTrainer, ...figureCells(row)]),
    ...input.plans.map((row) => [labels.kinds.plan, row.label, ...figureCells(row)]),
  ];
  if (input.questions.length > 0) {
    rows.push([], [q.test, q.edition, q.question, q.text, q.sessions, q.preCorrect, q.preTotal, q.prePercent, q.postCorrect, q.postTotal, q.postPercent, q.gain]);
    for (const row of input.questions) {
      rows.push([
        input.testTitle(row.test.slug), row.test.version, row.number, input.questionText(row), row.sessions,
        row.pre?.correct, row.pre?.total, row.pre?.percent, row.post?.correct, row.post?.total, row.post?.percent, row.gain,
      ]);
    }
  }
  if (input.notes.length > 0) rows.push([], ...input.notes.map((note) => [labels.note, note]));
  return rows;
}
