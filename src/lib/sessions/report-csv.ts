/**
 * The session report's CSV files: one row per session held (with the programme total), and one
 * row per question of one session. The cells are built from the summaries report.ts computes;
 * src/lib/csv.ts writes them (BOM, quoting, formula cells neutralised).
 */
import type { CsvCell } from '../csv.ts';
import { formatGain, programmeTotals, type Comparison, type LeftOut, type QuestionResult, type ReportSummary } from './report.ts';
import { AGE_GROUPS, type AgeGroup } from './schema.ts';

/** Column headers of the sessions CSV, in the page's language. */
export interface SessionsCsvLabels {
  date: string;
  place: string;
  session: string;
  participants: string;
  female: string;
  male: string;
  age: Record<AgeGroup, string>;
  ethnicMinority: string;
  preRespondents: string;
  prePercent: string;
  postRespondents: string;
  postPercent: string;
  gain: string;
  /** First cell of the totals row, for this many sessions held (a function: the words depend on the number). */
  total: (sessions: number) => string;
  /** Header of the last column: what was left out of that row's figures. */
  note: string;
  /** One figure left out, in words (the same sentence the page shows). */
  describeLeftOut: (item: LeftOut) => string;
}

const notesOf = (items: readonly LeftOut[], describe: (item: LeftOut) => string): string => items.map(describe).join(' ');

/**
 * One row per session held, then a totals row (sessions held, attendances, gain over the
 * sessions with both tests). Percentages are whole numbers; the gain is in points.
 */
export function sessionsCsvRows(
  summaries: readonly ReportSummary[],
  sessionTitles: Readonly<Record<string, string>>,
  labels: SessionsCsvLabels,
): CsvCell[][] {
  const header = [
    labels.date, labels.place, labels.session, labels.participants, labels.female, labels.male,
    ...AGE_GROUPS.map((group) => labels.age[group]),
    labels.ethnicMinority, labels.preRespondents, labels.prePercent, labels.postRespondents, labels.postPercent, labels.gain,
    labels.note,
  ];
  const rows: CsvCell[][] = summaries.map((summary) => [
    summary.date,
    summary.place,
    sessionTitles[summary.session] ?? summary.session,
    summary.headcount.total,
    summary.headcount.female,
    summary.headcount.male,
    ...AGE_GROUPS.map((group) => summary.headcount.age?.[group]),
    summary.headcount.ethnicMinority,
    summary.pre?.respondents,
    summary.pre?.percent,
    summary.post?.respondents,
    summary.post?.percent,
    summary.gain,
    notesOf(summary.leftOut, labels.describeLeftOut),
  ]);
  const totals = programmeTotals(summaries);
  rows.push([
    labels.total(totals.sessionsHeld),
    '',
    '',
    totals.attendances,
    totals.female,
    totals.male,
    ...AGE_GROUPS.map((group) => totals.age[group]),
    // Empty, like each session's cell, when no session counted it.
    summaries.some((summary) => summary.headcount.ethnicMinority !== null) ? totals.ethnicMinority : undefined,
    '',
    totals.prePercent,
    '',
    totals.postPercent,
    totals.gain,
    '',
  ]);
  return [header, ...rows];
}

/** Column headers of the per-question CSV of one session. */
export interface QuestionsCsvLabels {
  question: string;
  text: string;
  preCorrect: string;
  preTotal: string;
  prePercent: string;
  postCorrect: string;
  postTotal: string;
  postPercent: string;
  gain: string;
  /** Label of question n: `Câu {n}`. */
  questionNumber: string;
  /** First cell of the row over all questions. */
  overall: string;
  /** Header of the last column: what was left out of that row's figures. */
  note: string;
  describeLeftOut: (item: LeftOut) => string;
}

/** One row per question (pre right/answered/%, post right/answered/%, gain), then all questions together. */
export function questionsCsvRows(
  comparison: Comparison,
  questionTexts: Readonly<Record<string, string>>,
  labels: QuestionsCsvLabels,
): CsvCell[][] {
  const header = [
    labels.question, labels.text, labels.preCorrect, labels.preTotal, labels.prePercent,
    labels.postCorrect, labels.postTotal, labels.postPercent, labels.gain, labels.note,
  ];
  // A left-out figure leaves its cells empty; the note says what was typed and why it is out.
  const counted = (result: QuestionResult | null): CsvCell[] =>
    result && !result.leftOut ? [result.correct, result.total, result.percent] : [undefined, undefined, undefined];
  const rows: CsvCell[][] = comparison.questions.map((question) => [
    labels.questionNumber.replace('{n}', String(question.number)),
    questionTexts[question.id] ?? question.id,
    ...counted(question.pre),
    ...counted(question.post),
    question.gain,
    notesOf(comparison.leftOut.filter((item) => item.kind === 'question' && item.question === question.id), labels.describeLeftOut),
  ]);
  rows.push([
    labels.overall,
    '',
    comparison.pre?.correct,
    comparison.pre?.total,
    comparison.pre?.percent,
    comparison.post?.correct,
    comparison.post?.total,
    comparison.post?.percent,
    comparison.gain,
    '',
  ]);
  return [header, ...rows];
}
