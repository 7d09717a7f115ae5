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

/** The first attempt made (imported summaries count by their date). */
export function firstAttempt(attempts: readonly Attempt[] | undefined): Attempt | undefined {
  let first: Attempt | undefined;
  for (const attempt of attempts ?? []) if (!first || attempt.at < first.at) first = attempt;
  return first;
}

/**
 * The attempt a quiz's figures count: a pre-test measures what a learner knew before, so only
 * its first attempt counts (a retake after the session would hide the gain); every other quiz
 * counts its best attempt.
 */
export function countedAttempt(attempts: readonly Attempt[] | undefined, kind: QuizInfo['kind'] | undefined): Attempt | undefined {
  return kind === 'pre' ? firstAttempt(attempts) : bestAttempt(attempts);
}

/**
 * Whether a quiz may show its feedback (which options are right, why): always, except a
 * pre-test before its post-test has been taken — feedback then would teach the post-test.
 */
export function showsFeedback(profile: Profile | undefined, feedbackAfter: string | undefined): boolean {
  if (!feedbackAfter) return true;
  return (profile?.attempts[feedbackAfter]?.length ?? 0) > 0;
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

/**
 * The lesson to continue with: the last one opened while it is not done yet; once it is done,
 * the next lesson of its track not done yet (wrapping round to an earlier one); none when the
 * whole track is done, or the lesson no longer exists.
 */
export function continueLesson(profile: Profile | undefined, index: ProgressIndex): string | undefined {
  const slug = profile?.lastLesson?.slug;
  const last = index.lessons.find((lesson) => lesson.slug === slug);
  if (!last) return undefined;
  if (!isLessonDone(profile, last)) return last.slug;
  const track = index.lessons.filter((lesson) => lesson.track === last.track);
  const at = track.indexOf(last);
  const next = [...track.slice(at + 1), ...track.slice(0, at)].find((lesson) => !isLessonDone(profile, lesson));
  return next?.slug;
}

/** Knowledge gain between a pre-test and its post-test (first pre-test attempt, best post-test; percentage points). */
export function knowledgeGains(profile: Profile | undefined, index: ProgressIndex): Array<{ pre: string; post: string; preScore: number; postScore: number; gain: number }> {
  if (!profile) return [];
  const gains = [];
  for (const [post, info] of Object.entries(index.quizzes)) {
    if (info.kind !== 'post' || !info.preTest) continue;
    const preFirst = countedAttempt(profile.attempts[info.preTest], 'pre');
    const postBest = bestAttempt(profile.attempts[post]);
    if (!preFirst || !postBest) continue;
    gains.push({ pre: info.preTest, post, preScore: preFirst.score, postScore: postBest.score, gain: postBest.score - preFirst.score });
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
