/**
 * Which answer key marks a report's paper results: the edition of the test the report was
 * made with, from this copy of the site or from the file it came in. A report made before
 * editions were recorded is marked with its plan's current tests, and says so; a result whose
 * edition is known nowhere is left out of the test figures (its headcount still counts).
 */
import { testKeyId } from '../sessions/records.ts';
import type { AnswerKey, SessionKeys } from '../sessions/report.ts';
import type { SessionReport, TestEntry, TestKey, TestStamp } from '../sessions/schema.ts';

/** A session plan as the roll-up knows it: title and the current editions of its tests. */
export interface PlanInfo {
  slug: string;
  title: string;
  pre: TestStamp | null;
  post: TestStamp | null;
}

/** Answer keys by `slug@version`. */
export type KeyLibrary = ReadonlyMap<string, AnswerKey>;

/** Every answer key known: this site's own editions first, then those files carried. */
export function keyLibrary(...lists: ReadonlyArray<readonly TestKey[]>): KeyLibrary {
  const library = new Map<string, AnswerKey>();
  for (const list of lists) for (const key of list) if (!library.has(testKeyId(key))) library.set(testKeyId(key), { questions: key.questions });
  return library;
}

export interface ReportTests {
  keys: SessionKeys;
  /** The editions the results are counted as. */
  pre: TestStamp | null;
  post: TestStamp | null;
  /** True when the report did not record its editions and the plan's current ones were used. */
  assumed: boolean;
  /** Editions the report used with results entered, whose answer key nobody here has. */
  unknown: TestStamp[];
}

const hasResults = (entry: TestEntry) => entry.sheets.length > 0 || entry.respondents > 0;

/** The answer keys that mark one report, and what was assumed or is missing. */
export function testsOfReport(report: SessionReport, library: KeyLibrary, plans: Readonly<Record<string, PlanInfo>>): ReportTests {
  const plan = plans[report.session];
  const unknown: TestStamp[] = [];
  let assumed = false;
  const side = (which: 'pre' | 'post'): { stamp: TestStamp | null; key: AnswerKey | null } => {
    const entry = report[which];
    let stamp = entry.test;
    if (stamp === null) {
      stamp = plan?.[which] ?? null;
      if (stamp && hasResults(entry)) assumed = true;
    }
    if (!stamp) return { stamp: null, key: null };
    const key = library.get(testKeyId(stamp)) ?? null;
    if (!key && hasResults(entry)) unknown.push(stamp);
    return { stamp, key };
  };
  const pre = side('pre');
  const post = side('post');
  return { keys: { pre: pre.key, post: post.key }, pre: pre.stamp, post: post.stamp, assumed, unknown };
}
