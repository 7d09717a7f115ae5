/**
 * The figures of a session report: headcounts, per-question results of the paper pre/post
 * tests (from every sheet, or from tallies per question), the knowledge gain, and the CSV rows
 * the programmes ask for. A sheet is marked with the same rule as the on-screen quiz.
 *
 * A figure that cannot be right is left out of every result (percentages, chart, print, CSV)
 * and named in a `LeftOut` note instead: a question tallied with more right answers than
 * people drops that question; age groups that disagree with the women-plus-men total drop the
 * age breakdown (the total stands); more ethnic-minority participants than participants drops
 * that count. The typed numbers stay in the report, so correcting one brings it back.
 */
import type { QuizQuestionView, QuizView } from '../quiz/normalize.ts';
import { scoreQuestion } from '../quiz/score.ts';
import { slugify } from '../text/fold.ts';
import { AGE_GROUPS, type AgeGroup, type Headcount, type SessionReport, type TestEntry, type TestStamp } from './schema.ts';

/** What it takes to mark a paper sheet: question ids, types and which options are right. */
export interface AnswerKey {
  questions: Array<{ id: string; type: QuizQuestionView['type']; options: Array<{ id: string; correct: boolean }> }>;
}

/** The answer key of a quiz (no texts: small enough to hand every session's key to the page). */
export function answerKey(quiz: Pick<QuizView, 'questions'>): AnswerKey {
  return {
    questions: quiz.questions.map((question) => ({
      id: question.id,
      type: question.type,
      options: question.options.map((option) => ({ id: option.id, correct: option.correct })),
    })),
  };
}

/** True when the options chosen on a sheet are exactly the right ones (as the quiz island marks them). */
export function isRightAnswer(question: AnswerKey['questions'][number], chosen: readonly string[]): boolean {
  const view: QuizQuestionView = {
    id: question.id,
    type: question.type,
    prompt: '',
    explanation: '',
    options: question.options.map((option) => ({ ...option, text: '' })),
  };
  return scoreQuestion(view, chosen).correct;
}

/** Whole percent, or null when nobody answered. */
export function percentOf(correct: number, total: number): number | null {
  return total > 0 ? Math.round((correct * 100) / total) : null;
}

export interface QuestionResult {
  id: string;
  /** How many answered it right (as typed, even when left out). */
  correct: number;
  /** How many answered the test (an unanswered question on a sheet counts as not right). */
  total: number;
  /** Null when nobody answered, or when the question is left out. */
  percent: number | null;
  /** True when the figure cannot be right (more right answers than people): left out of every result. */
  leftOut: boolean;
}

export type TestProblem = { kind: 'more-right-than-respondents'; question: string };

export interface TestResult {
  method: TestEntry['method'];
  respondents: number;
  questions: QuestionResult[];
  /** Right answers over all questions not left out, and answers counted. */
  correct: number;
  total: number;
  /** Share of right answers over all questions. */
  percent: number | null;
  /** Entries that cannot be right (shown to the trainer, and left out of the results). */
  problems: TestProblem[];
}

/** Per-question results of one test. */
export function testResult(key: AnswerKey, entry: TestEntry): TestResult {
  const problems: TestProblem[] = [];
  let questions: QuestionResult[];
  let respondents: number;
  if (entry.method === 'sheets') {
    respondents = entry.sheets.length;
    questions = key.questions.map((question) => {
      const correct = entry.sheets.filter((sheet) => isRightAnswer(question, sheet[question.id] ?? [])).length;
      return { id: question.id, correct, total: respondents, percent: percentOf(correct, respondents), leftOut: false };
    });
  } else {
    respondents = entry.respondents;
    questions = key.questions.map((question) => {
      const correct = entry.correct[question.id] ?? 0;
      const leftOut = correct > respondents;
      if (leftOut) problems.push({ kind: 'more-right-than-respondents', question: question.id });
      return { id: question.id, correct, total: respondents, percent: leftOut ? null : percentOf(correct, respondents), leftOut };
    });
  }
  return totalsOver({ method: entry.method, respondents, questions, correct: 0, total: 0, percent: null, problems }, () => true);
}

/** Percentage points from pre to post (the gain), or null when either is missing. */
export function gainOf(pre: number | null | undefined, post: number | null | undefined): number | null {
  return pre === null || pre === undefined || post === null || post === undefined ? null : post - pre;
}

export interface QuestionComparison {
  id: string;
  /** 1-based position (the number printed on the paper). */
  number: number;
  pre: QuestionResult | null;
  post: QuestionResult | null;
  /** Post percent minus pre percent, in points (computed from the shown, rounded percentages). */
  gain: number | null;
}

/** A figure left out of the results because it cannot be right, and where it was typed. */
export type LeftOut =
  | { kind: 'question'; test: 'pre' | 'post'; question: string; number: number; correct: number; respondents: number }
  | { kind: 'age'; ageTotal: number; total: number }
  | { kind: 'ethnic'; ethnicMinority: number; total: number };

export interface Comparison {
  questions: QuestionComparison[];
  pre: TestResult | null;
  post: TestResult | null;
  gain: number | null;
  /** Questions left out, in question order (the pre-test's before the post-test's). */
  leftOut: LeftOut[];
}

/**
 * Pre vs post, question by question (paired by question id, in the post-test's order, then
 * questions only the pre-test has). With both tests, each one's overall figures count only the
 * questions both have with no figure left out, so the gain compares like with like.
 */
export function compareTests(
  pre: { key: AnswerKey; entry: TestEntry } | null,
  post: { key: AnswerKey; entry: TestEntry } | null,
): Comparison {
  const preResult = pre ? testResult(pre.key, pre.entry) : null;
  const postResult = post ? testResult(post.key, post.entry) : null;
  const ids = [...(post?.key.questions ?? []), ...(pre?.key.questions ?? [])].map((q) => q.id);
  const order = [...new Set(ids)];
  const questions = order.map((id, index) => {
    const preQuestion = preResult?.questions.find((q) => q.id === id) ?? null;
    const postQuestion = postResult?.questions.find((q) => q.id === id) ?? null;
    return { id, number: index + 1, pre: preQuestion, post: postQuestion, gain: gainOf(preQuestion?.percent, postQuestion?.percent) };
  });
  const leftOut: LeftOut[] = questions.flatMap((question) =>
    (['pre', 'post'] as const).flatMap((test): LeftOut[] => {
      const result = question[test];
      return result?.leftOut
        ? [{ kind: 'question', test, question: question.id, number: question.number, correct: result.correct, respondents: result.total }]
        : [];
    }),
  );
  // With both tests, their overall percentages (and so the gain) cover the same questions: a
  // question left out of one test, or asked in one only, counts in neither total.
  const paired = new Set(questions.filter((q) => q.pre && q.post && !q.pre.leftOut && !q.post.leftOut).map((q) => q.id));
  const overPaired = (result: TestResult | null): TestResult | null =>
    result && preResult && postResult ? totalsOver(result, (q) => paired.has(q.id)) : result;
  const [preOverall, postOverall] = [overPaired(preResult), overPaired(postResult)];
  return { questions, pre: preOverall, post: postOverall, gain: gainOf(preOverall?.percent, postOverall?.percent), leftOut };
}

/** A test's overall right answers, answers and percent, over the questions `counts` keeps. */
function totalsOver(result: TestResult, counts: (question: QuestionResult) => boolean): TestResult {
  const counted = result.questions.filter((q) => !q.leftOut && counts(q));
  const correct = counted.reduce((sum, q) => sum + q.correct, 0);
  const total = counted.reduce((sum, q) => sum + q.total, 0);
  return { ...result, correct, total, percent: percentOf(correct, total) };
}

/**
 * Results entered for another edition of a test than the one this copy of the site marks with
 * (the test was rewritten since). Questions keep their id only while they ask the same thing,
 * so the questions both editions share are marked right; `unmatched` counts the questions
 * entered that the current edition no longer has, whose results are left out.
 */
export interface EditionChange {
  test: 'pre' | 'post';
  /** The edition stamped on the results, and the one marking them. */
  recorded: TestStamp;
  current: TestStamp;
  unmatched: number;
}

/** The tests whose results were entered for another edition than `current` (none for older reports that recorded no edition). */
export function editionChanges(
  report: Pick<SessionReport, 'pre' | 'post'>,
  current: Record<'pre' | 'post', (TestStamp & { key: AnswerKey }) | null>,
): EditionChange[] {
  return (['pre', 'post'] as const).flatMap((test): EditionChange[] => {
    const entry = report[test];
    const now = current[test];
    const recorded = entry.test;
    if (!now || !recorded || (recorded.slug === now.slug && recorded.version === now.version)) return [];
    const entered = entry.method === 'sheets' ? entry.sheets.flatMap((sheet) => Object.keys(sheet)) : entry.respondents > 0 ? Object.keys(entry.correct) : [];
    if (entered.length === 0) return [];
    const known = new Set(now.key.questions.map((question) => question.id));
    const unmatched = new Set(entered.filter((id) => !known.has(id))).size;
    return [{ test, recorded: { slug: recorded.slug, version: recorded.version }, current: { slug: now.slug, version: now.version }, unmatched }];
  });
}

/** The questions a chart shows: those with no figure left out. */
export function chartedQuestions(comparison: Comparison): QuestionComparison[] {
  return comparison.questions.filter((question) => !question.pre?.leftOut && !question.post?.leftOut);
}

export interface HeadcountSummary {
  /** Participants: women plus men (the headcount, whatever else disagrees). */
  total: number;
  female: number;
  male: number;
  /** Participants per age group; null when the groups are left out (they do not add up to the total). */
  age: Record<AgeGroup, number> | null;
  /** The age groups as typed, added up. */
  ageTotal: number;
  /** True when the age groups were counted but do not add up to the total. */
  ageMismatch: boolean;
  /** Null when not counted, or left out (more than the total). */
  ethnicMinority: number | null;
  /** True when more ethnic-minority participants were counted than participants. */
  ethnicTooMany: boolean;
  /** The counts left out, and why. */
  leftOut: LeftOut[];
}

export function headcountSummary(headcount: Headcount): HeadcountSummary {
  const total = headcount.female + headcount.male;
  const ageTotal = AGE_GROUPS.reduce((sum, group) => sum + headcount.age[group], 0);
  const ageMismatch = ageTotal > 0 && ageTotal !== total;
  const typedEthnic = headcount.ethnicMinority ?? null;
  const ethnicTooMany = typedEthnic !== null && typedEthnic > total;
  const leftOut: LeftOut[] = [];
  if (ageMismatch) leftOut.push({ kind: 'age', ageTotal, total });
  if (ethnicTooMany) leftOut.push({ kind: 'ethnic', ethnicMinority: typedEthnic, total });
  return {
    total,
    female: headcount.female,
    male: headcount.male,
    age: ageMismatch ? null : { ...headcount.age },
    ageTotal,
    ageMismatch,
    ethnicMinority: ethnicTooMany ? null : typedEthnic,
    ethnicTooMany,
    leftOut,
  };
}

/** The answer keys of a session's two tests (null when the plan has no such test). */
export interface SessionKeys {
  pre: AnswerKey | null;
  post: AnswerKey | null;
}

export interface ReportSummary {
  id: string;
  session: string;
  date: string;
  place: string;
  headcount: HeadcountSummary;
  pre: { respondents: number; correct: number; total: number; percent: number | null } | null;
  post: { respondents: number; correct: number; total: number; percent: number | null } | null;
  gain: number | null;
  /** Every figure of this report left out of the results (headcount first, then questions). */
  leftOut: LeftOut[];
}

/** The figures of one session held. */
export function summarizeReport(report: SessionReport, keys: SessionKeys): ReportSummary {
  const comparison = compareTests(
    keys.pre ? { key: keys.pre, entry: report.pre } : null,
    keys.post ? { key: keys.post, entry: report.post } : null,
  );
  const brief = (result: TestResult | null) =>
    result && result.respondents > 0 ? { respondents: result.respondents, correct: result.correct, total: result.total, percent: result.percent } : null;
  const pre = brief(comparison.pre);
  const post = brief(comparison.post);
  const headcount = headcountSummary(report.headcount);
  return {
    id: report.id,
    session: report.session,
    date: report.date,
    place: report.place,
    headcount,
    pre,
    post,
    gain: gainOf(pre?.percent, post?.percent),
    leftOut: [...headcount.leftOut, ...comparison.leftOut],
  };
}

export interface ProgrammeTotals {
  sessionsHeld: number;
  /** Participants summed over sessions. */
  attendances: number;
  female: number;
  male: number;
  /** Participants per age group, over the sessions whose age groups were not left out. */
  age: Record<AgeGroup, number>;
  ethnicMinority: number;
  /** Share of right answers over every answer of every session with both tests. */
  prePercent: number | null;
  postPercent: number | null;
  gain: number | null;
  /** Sessions that have both a pre- and a post-test result (the gain is over these). */
  sessionsWithGain: number;
}

/** What the programmes count over all sessions held: sessions, attendances, gain. */
export function programmeTotals(summaries: readonly ReportSummary[]): ProgrammeTotals {
  const age = Object.fromEntries(AGE_GROUPS.map((group) => [group, 0])) as Record<AgeGroup, number>;
  let attendances = 0;
  let female = 0;
  let male = 0;
  let ethnicMinority = 0;
  let preCorrect = 0;
  let preTotal = 0;
  let postCorrect = 0;
  let postTotal = 0;
  let sessionsWithGain = 0;
  for (const summary of summaries) {
    attendances += summary.headcount.total;
    female += summary.headcount.female;
    male += summary.headcount.male;
    ethnicMinority += summary.headcount.ethnicMinority ?? 0;
    const sessionAge = summary.headcount.age;
    if (sessionAge) for (const group of AGE_GROUPS) age[group] += sessionAge[group];
    // The gain compares like with like: only sessions where both tests were taken.
    if (summary.pre && summary.post) {
      sessionsWithGain++;
      preCorrect += summary.pre.correct;
      preTotal += summary.pre.total;
      postCorrect += summary.post.correct;
      postTotal += summary.post.total;
    }
  }
  const prePercent = percentOf(preCorrect, preTotal);
  const postPercent = percentOf(postCorrect, postTotal);
  return {
    sessionsHeld: summaries.length,
    attendances,
    female,
    male,
    age,
    ethnicMinority,
    prePercent,
    postPercent,
    gain: gainOf(prePercent, postPercent),
    sessionsWithGain,
  };
}

/** A gain for people: `+35`, `0`, `−5` (with a real minus sign). */
export function formatGain(gain: number | null): string {
  if (gain === null) return '–';
  if (gain > 0) return `+${gain}`;
  if (gain < 0) return `−${Math.abs(gain)}`;
  return '0';
}

/** An ASCII file name for a download: `bao-cao-hop-thon-90-phut-2026-11-27.csv`. */
export function reportFileName(parts: readonly string[], extension: string): string {
  return `${parts.map(slugify).filter(Boolean).join('-') || 'bao-cao'}.${extension}`;
}
