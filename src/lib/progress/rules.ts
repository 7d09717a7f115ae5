/**
 * What progress means — defined once, here. A lesson with a quiz is done when its quiz has
 * been passed; a lesson without one when the learner marked it done at its end. A track is
 * complete when all its lessons are done.
 */
import type { Attempt, Profile } from './schema.ts';

/** What the browser needs to know about the curriculum to judge progress (built at build time). */
export interface ProgressIndex {
  lessons: Array<{ slug: string; track: string; hasQuiz: boolean }>;
  quizzes: Record<string, QuizInfo>;
}

export interface QuizInfo {
  passMark: number;
  /** Question ids in order (per-question results are kept in this order). */
  questionIds: string[];
  /** `lesson` for an end-of-lesson quiz, else the stand-alone quiz's kind. */
  kind: 'lesson' | 'pre' | 'post' | 'practice';
  /** For a post-test: its pre-test's id. */
  preTest?: string;
}

/** The best attempt: highest score, and the earliest among equals. */
export function bestAttempt(attempts: readonly Attempt[] | undefined): Attempt | undefined {
  let best: Attempt | undefined;
  for (const attempt of attempts ?? []) {
    if (!best || attempt.score > best.score || (attempt.score === best.score && attempt.at < best.at)) best = attempt;
  }
  return best;
}

/** Whether a lesson is done for this profile. The one definition of "done". */
export function isLessonDone(profile: Profile | undefined, lesson: { slug: string; hasQuiz: boolean }): boolean {
  if (!profile) return false;
  if (lesson.hasQuiz) return (profile.attempts[lesson.slug] ?? []).some((attempt) => attempt.passed);
  return Boolean(profile.lessons[lesson.slug]?.markedDoneAt);
}

/** Lessons done and total, per track. */
export function trackProgress(profile: Profile | undefined, index: ProgressIndex): Record<string, { done: number; total: number; complete: boolean }> {
  const out: Record<string, { done: number; total: number; complete: boolean }> = {};
  for (const lesson of index.lessons) {
    const entry = (out[lesson.track] ??= { done: 0, total: 0, complete: false });
    entry.total += 1;
    if (isLessonDone(profile, lesson)) entry.done += 1;
  }
  for (const entry of Object.values(out)) entry.complete = entry.total > 0 && entry.done === entry.total;
  return out;
}

/** Slugs of every lesson done. */
export function lessonsDone(profile: Profile | undefined, index: ProgressIndex): string[] {
  return index.lessons.filter((lesson) => isLessonDone(profile, lesson)).map((lesson) => lesson.slug);
}

/** The lesson to continue with: the last one opened, unless it no longer exists. */
export function continueLesson(profile: Profile | undefined, index: ProgressIndex): string | undefined {
  const slug = profile?.lastLesson?.slug;
  return slug && index.lessons.some((lesson) => lesson.slug === slug) ? slug : undefined;
}

/** Knowledge gain between a pre-test and its post-test (best scores, in percentage points). */
export function knowledgeGains(profile: Profile | undefined, index: ProgressIndex): Array<{ pre: string; post: string; preScore: number; postScore: number; gain: number }> {
  if (!profile) return [];
  const gains = [];
  for (const [post, info] of Object.entries(index.quizzes)) {
    if (info.kind !== 'post' || !info.preTest) continue;
    const preBest = bestAttempt(profile.attempts[info.preTest]);
    const postBest = bestAttempt(profile.attempts[post]);
    if (!preBest || !postBest) continue;
    gains.push({ pre: info.preTest, post, preScore: preBest.score, postScore: postBest.score, gain: postBest.score - preBest.score });
  }
  return gains;
}

/** Records that a lesson was opened (and is now the one to continue). */
export function recordLessonOpened(profile: Profile, slug: string, at: string): Profile {
  const state = profile.lessons[slug] ?? {};
  return {
    ...profile,
    lessons: { ...profile.lessons, [slug]: { ...state, firstOpenedAt: state.firstOpenedAt ?? at, lastOpenedAt: at } },
    lastLesson: { slug, at },
  };
}

/** Marks a lesson without a quiz as done (or undoes it). */
export function recordMarkedDone(profile: Profile, slug: string, at: string, done = true): Profile {
  const state = { ...(profile.lessons[slug] ?? {}) };
  if (done) state.markedDoneAt = at;
  else delete state.markedDoneAt;
  return { ...profile, lessons: { ...profile.lessons, [slug]: state } };
}

/** Stores an attempt; every attempt is kept, the best is derived. */
export function recordAttempt(profile: Profile, quizId: string, attempt: Attempt): Profile {
  return { ...profile, attempts: { ...profile.attempts, [quizId]: [...(profile.attempts[quizId] ?? []), attempt] } };
}
