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
  /** Editions the report used with results entered, whose answer key nobody here has (nor any edition of the same test). */
  unknown: TestStamp[];
  /**
   * Editions whose key nobody here has, marked instead with the newest edition of the same test
   * that is known: a question keeps its id only while it asks the same thing, so the questions
   * both editions share are marked right, as the session report page marks them; the others
   * are left out.
   */
  remarked: Array<{ recorded: TestStamp; used: TestStamp }>;
}

/** The newest edition of test `slug` that the library has a key for. */
function newestEdition(library: KeyLibrary, slug: string): TestStamp | null {
  let newest: TestStamp | null = null;
  for (const id of library.keys()) {
    const at = id.lastIndexOf('@');
    const version = Number(id.slice(at + 1));
    if (id.slice(0, at) === slug && (!newest || version > newest.version)) newest = { slug, version };
  }
  return newest;
}

const hasResults = (entry: TestEntry) => entry.sheets.length > 0 || entry.respondents > 0;

/** The answer keys that mark one report, and what was assumed or is missing. */
export function testsOfReport(report: SessionReport, library: KeyLibrary, plans: Readonly<Record<string, PlanInfo>>): ReportTests {
  const plan = plans[report.session];
  const unknown: TestStamp[] = [];
  const remarked: ReportTests['remarked'] = [];
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
    if (key || !hasResults(entry)) return { stamp, key };
    const used = newestEdition(library, stamp.slug);
    if (!used) {
      unknown.push(stamp);
      return { stamp, key: null };
    }
    remarked.push({ recorded: stamp, used });
    return { stamp: used, key: library.get(testKeyId(used))! };
  };
  const pre = side('pre');
  const post = side('post');
  return { keys: { pre: pre.key, post: post.key }, pre: pre.stamp, post: post.stamp, assumed, unknown, remarked };
}
