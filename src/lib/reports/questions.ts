/**
 * Per-question results across sessions — what to reteach. Results are pooled by test, test
 * edition and question id (questions change between editions, so they are never mixed), with
 * the pre-test answers to the same question id beside them. The question most often missed at
 * the end of sessions comes first. Questions left out in a report (more right answers than
 * people) do not count there.
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
  /** Sessions that answered this question (in either test). */
  sessions: number;
}

const add = (pooled: Pooled | null, result: QuestionResult | null): Pooled | null => {
  if (!result || result.leftOut || result.total === 0) return pooled;
  const correct = (pooled?.correct ?? 0) + result.correct;
  const total = (pooled?.total ?? 0) + result.total;
  return { correct, total, percent: percentOf(correct, total) };
};

/** Rows keyed by test, edition and question, lowest post-test first; questions without a post-test result last, lowest pre-test first. */
export function questionRows(items: readonly RollupItem[]): QuestionRow[] {
  const rows = new Map<string, QuestionRow>();
  for (const item of items) {
    for (const question of item.comparison.questions) {
      const usePost = item.tests.post !== null && question.post !== null;
      const test = usePost ? item.tests.post : item.tests.pre;
      if (!test) continue;
      const pre = add(null, question.pre);
      const post = add(null, question.post);
      if (!pre && !post) continue;
      const id = `${test.slug}@${test.version}#${question.id}`;
      const row = rows.get(id) ?? { test, question: question.id, number: question.number, pre: null, post: null, gain: null, sessions: 0 };
      row.pre = add(row.pre, question.pre);
      row.post = add(row.post, question.post);
      row.sessions++;
      rows.set(id, row);
    }
  }
  const order = (value: number | null | undefined) => value ?? Number.POSITIVE_INFINITY;
  return [...rows.values()]
    .map((row) => ({ ...row, gain: row.pre?.percent != null && row.post?.percent != null ? row.post.percent - row.pre.percent : null }))
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
