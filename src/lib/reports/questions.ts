/**
 * Per-question results across sessions — what to reteach. Results are pooled by test, test
 * edition and question id (questions change between editions, so they are never mixed), with
 * the pre-test answers to the same question id beside them. Where some sessions have both
 * results of a question, only those sessions count in its row, so its two columns and its gain
 * compare the same people. The question most often missed at the end of sessions comes first.
 * Questions left out in a report (more right answers than people) do not count there.
 */
import { percentOf, type QuestionResult } from '../sessions/report.ts';
import type { TestStamp } from '../sessions/schema.ts';
import type { RollupItem } from './figures.ts';

export interface Pooled {
  correct: number;
  total: number;
  percent: number | null;
}

export interface QuestionRow {
  /** The test edition the row is keyed by: the post-test when the session had one, else the pre-test. */
  test: TestStamp;
  question: string;
  /** Position in the test (1-based), as the sessions' reports numbered it. */
  number: number;
  pre: Pooled | null;
  post: Pooled | null;
  /** Post percent minus pre percent, in points, when both exist. */
  gain: number | null;
  /** Sessions counted in the row: those with both results of the question when there are any, else those with either. */
  sessions: number;
}

const add = (pooled: Pooled | null, result: QuestionResult | null): Pooled | null => {
  if (!result || result.leftOut || result.total === 0) return pooled;
  const correct = (pooled?.correct ?? 0) + result.correct;
  const total = (pooled?.total ?? 0) + result.total;
  return { correct, total, percent: percentOf(correct, total) };
};

type Tally = { pre: Pooled | null; post: Pooled | null; sessions: number };
const empty = (): Tally => ({ pre: null, post: null, sessions: 0 });

/** Rows keyed by test, edition and question, lowest post-test first; questions without a post-test result last, lowest pre-test first. */
export function questionRows(items: readonly RollupItem[]): QuestionRow[] {
  const rows = new Map<string, Pick<QuestionRow, 'test' | 'question' | 'number'> & { alone: Tally; paired: Tally }>();
  for (const item of items) {
    for (const question of item.comparison.questions) {
      const usePost = item.tests.post !== null && question.post !== null;
      const test = usePost ? item.tests.post : item.tests.pre;
      if (!test) continue;
      const pre = add(null, question.pre);
      const post = add(null, question.post);
      if (!pre && !post) continue;
      const id = `${test.slug}@${test.version}#${question.id}`;
      const row = rows.get(id) ?? { test, question: question.id, number: question.number, alone: empty(), paired: empty() };
      // Sessions with both results of this question are pooled apart: when there are any, the
      // row shows only them, so its start and end columns (and its gain) cover the same sessions.
      const tally = pre && post ? row.paired : row.alone;
      tally.pre = add(tally.pre, question.pre);
      tally.post = add(tally.post, question.post);
      tally.sessions++;
      rows.set(id, row);
    }
  }
  const order = (value: number | null | undefined) => value ?? Number.POSITIVE_INFINITY;
  return [...rows.values()]
    .map(({ alone, paired, ...row }): QuestionRow => {
      const shown = paired.sessions > 0 ? paired : alone;
      const gain = shown.pre?.percent != null && shown.post?.percent != null ? shown.post.percent - shown.pre.percent : null;
      return { ...row, pre: shown.pre, post: shown.post, sessions: shown.sessions, gain };
    })
    .sort(
      (a, b) =>
        Number(a.post === null) - Number(b.post === null) ||
        order(a.post?.percent) - order(b.post?.percent) ||
        order(a.pre?.percent) - order(b.pre?.percent) ||
        a.test.slug.localeCompare(b.test.slug) ||
        a.test.version - b.test.version ||
        a.number - b.number,
    );
}
