/**
 * What a teacher sees of a class. Per learner: lessons done per track, tracks completed and the
 * pre/post gain. Quiz results only as class-level figures — how many passed each quiz, how many
 * missed each question — never one child's per-question results. Per-question figures of a quiz
 * are withheld until enough learners have results for it, so a count cannot single a child out.
 */
import { bestAttempt, isLessonDone, knowledgeGains, trackProgress, type ProgressIndex } from '../progress/rules.ts';
import type { Attempt, Profile } from '../progress/schema.ts';
import { nameComparer } from '../text/names.ts';
import type { ClassLearner } from './schema.ts';

/** Fewest learners with per-question results before a quiz's per-question figures are shown. */
export const MIN_GROUP_FOR_QUESTIONS = 3;

export interface LessonFigure {
  slug: string;
  track: string;
  /** Learners who have done the lesson. */
  done: number;
}

export interface QuizFigure {
  quizId: string;
  /** Learners with at least one attempt. */
  attempted: number;
  /** Learners who passed at least once. */
  passed: number;
}

export interface QuestionFigure {
  quizId: string;
  questionId: string;
  /** Learners whose best attempt has per-question results for this quiz. */
  answered: number;
  /** Of those, how many got this question wrong. */
  wrong: number;
}

export interface GainFigure {
  pre: string;
  post: string;
  /** Learners with both a pre-test and a post-test result. */
  learners: number;
  /** Rounded means of the best scores, in percent. */
  meanPre: number;
  meanPost: number;
  meanGain: number;
}

export interface ClassFigures {
  learners: number;
  lessons: LessonFigure[];
  quizzes: QuizFigure[];
  /** Most missed first. Only quizzes with at least MIN_GROUP_FOR_QUESTIONS answering learners. */
  questions: QuestionFigure[];
  /** Quizzes with per-question results from too few learners to show them. */
  withheldQuizzes: string[];
  gains: GainFigure[];
}

/**
 * Where a learner is with one lesson. `tried`: a quiz attempt that did not pass, with the best
 * score (codes carry no visits, so a lesson without a quiz is either done or not started).
 */
export type LessonStatus = { state: 'not-started' } | { state: 'tried'; best: number } | { state: 'done' };

/** One row of the class table. */
export interface LearnerRow {
  profileId: string;
  nickname: string;
  lastCodeOn: string;
  /** Every lesson of the site, by slug. */
  lessons: Record<string, LessonStatus>;
  tracks: Record<string, { done: number; total: number; complete: boolean }>;
  tracksCompleted: string[];
  gains: Array<{ pre: string; post: string; gain: number }>;
}

const mean = (values: number[]) => (values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : 0);

/** The best attempt whose per-question results match the quiz as this site has it now. */
function bestWithQuestions(attempts: readonly Attempt[] | undefined, questionIds: readonly string[]): Attempt | undefined {
  const key = questionIds.join('|');
  return bestAttempt((attempts ?? []).filter((attempt) => attempt.questionIds.length > 0 && attempt.questionIds.join('|') === key));
}

/** Class-level figures from the learners' merged profiles. */
export function classFigures(profiles: readonly Profile[], index: ProgressIndex, minGroup = MIN_GROUP_FOR_QUESTIONS): ClassFigures {
  const lessons = index.lessons.map((lesson) => ({
    slug: lesson.slug,
    track: lesson.track,
    done: profiles.filter((profile) => isLessonDone(profile, lesson)).length,
  }));

  const quizzes: QuizFigure[] = [];
  const questions: QuestionFigure[] = [];
  const withheldQuizzes: string[] = [];
  for (const [quizId, info] of Object.entries(index.quizzes)) {
    const attempted = profiles.filter((profile) => (profile.attempts[quizId] ?? []).length > 0);
    if (attempted.length === 0) continue;
    quizzes.push({ quizId, attempted: attempted.length, passed: attempted.filter((p) => p.attempts[quizId]!.some((a) => a.passed)).length });
    const best = attempted.map((profile) => bestWithQuestions(profile.attempts[quizId], info.questionIds)).filter((a): a is Attempt => Boolean(a));
    if (best.length === 0) continue;
    if (best.length < minGroup) {
      withheldQuizzes.push(quizId);
      continue;
    }
    for (const questionId of info.questionIds) {
      questions.push({ quizId, questionId, answered: best.length, wrong: best.filter((attempt) => !attempt.correct.includes(questionId)).length });
    }
  }
  // Most missed first: by count, then by share of those who answered; ties keep curriculum order.
  questions.sort((a, b) => b.wrong - a.wrong || b.wrong / b.answered - a.wrong / a.answered);

  const gainsByPair = new Map<string, { pre: string; post: string; pres: number[]; posts: number[] }>();
  for (const profile of profiles) {
    for (const gain of knowledgeGains(profile, index)) {
      const entry = gainsByPair.get(gain.post) ?? { pre: gain.pre, post: gain.post, pres: [], posts: [] };
      entry.pres.push(gain.preScore);
      entry.posts.push(gain.postScore);
      gainsByPair.set(gain.post, entry);
    }
  }
  const gains = [...gainsByPair.values()].map(({ pre, post, pres, posts }) => ({
    pre,
    post,
    learners: pres.length,
    meanPre: mean(pres),
    meanPost: mean(posts),
    meanGain: mean(posts.map((score, i) => score - pres[i]!)),
  }));

  return { learners: profiles.length, lessons, quizzes, questions, withheldQuizzes, gains };
}

/** A learner's status in one lesson; "done" is the one definition of src/lib/progress/rules.ts. */
export function lessonStatus(profile: Profile, lesson: { slug: string; hasQuiz: boolean }): LessonStatus {
  if (isLessonDone(profile, lesson)) return { state: 'done' };
  const best = lesson.hasQuiz ? bestAttempt(profile.attempts[lesson.slug]) : undefined;
  return best ? { state: 'tried', best: best.score } : { state: 'not-started' };
}

/** The class table: one row per learner. */
export function learnerRows(learners: readonly ClassLearner[], index: ProgressIndex): LearnerRow[] {
  return learners.map(({ profile, lastCodeOn }) => {
    const tracks = trackProgress(profile, index);
    return {
      profileId: profile.id,
      nickname: profile.nickname,
      lastCodeOn,
      lessons: Object.fromEntries(index.lessons.map((lesson) => [lesson.slug, lessonStatus(profile, lesson)])),
      tracks,
      tracksCompleted: Object.entries(tracks).filter(([, entry]) => entry.complete).map(([track]) => track),
      gains: knowledgeGains(profile, index).map(({ pre, post, gain }) => ({ pre, post, gain })),
    };
  });
}

const started = (status: LessonStatus | undefined) => status !== undefined && status.state !== 'not-started';

/**
 * The track the class works in: the one whose lessons its learners have done or tried most
 * (counted over learners and lessons). Ties go to the first track in site order, and a class
 * where nothing is started yet gets the first track that has lessons.
 */
export function busiestTrack(rows: readonly LearnerRow[], index: ProgressIndex, order: readonly string[]): string | undefined {
  const withLessons = order.filter((track) => index.lessons.some((lesson) => lesson.track === track));
  let busiest = withLessons[0];
  let most = 0;
  for (const track of withLessons) {
    const count = index.lessons
      .filter((lesson) => lesson.track === track)
      .reduce((sum, lesson) => sum + rows.filter((row) => started(row.lessons[lesson.slug])).length, 0);
    if (count > most) [busiest, most] = [track, count];
  }
  return busiest;
}

/**
 * The lessons a class is taking, in site order: the teacher's choice, or while she has not
 * chosen (null), every lesson of the busiest track. Lessons this site no longer has are dropped.
 */
export function classLessons(chosen: readonly string[] | null, rows: readonly LearnerRow[], index: ProgressIndex, order: readonly string[]): string[] {
  if (chosen) return index.lessons.filter((lesson) => chosen.includes(lesson.slug)).map((lesson) => lesson.slug);
  const track = busiestTrack(rows, index, order);
  return index.lessons.filter((lesson) => lesson.track === track).map((lesson) => lesson.slug);
}

/** The class's lessons split into columns to show (someone started them) and hidden ones (nobody has). */
export function lessonColumns(lessons: readonly string[], rows: readonly LearnerRow[]): { shown: string[]; hidden: string[] } {
  const shown = lessons.filter((slug) => rows.some((row) => started(row.lessons[slug])));
  return { shown, hidden: lessons.filter((slug) => !shown.includes(slug)) };
}

/** How many of `lessons` a learner has done. */
export function lessonsDoneOf(row: LearnerRow, lessons: readonly string[]): number {
  return lessons.filter((slug) => row.lessons[slug]?.state === 'done').length;
}

/**
 * A short tag (the start of the profile id) for learners who share a nickname with another
 * learner of the class, so two "An" can be told apart; others need none.
 */
export function sharedNameTags(rows: readonly LearnerRow[]): Record<string, string> {
  const count = new Map<string, number>();
  for (const row of rows) count.set(row.nickname, (count.get(row.nickname) ?? 0) + 1);
  return Object.fromEntries(rows.filter((row) => count.get(row.nickname)! > 1).map((row) => [row.profileId, row.profileId.slice(0, 4)]));
}

/** Pre/post pairs (post-test ids) that appear in the class, in curriculum order. */
export function tableGainPairs(rows: readonly LearnerRow[], index: ProgressIndex): Array<{ pre: string; post: string }> {
  return Object.entries(index.quizzes)
    .filter(([post]) => rows.some((row) => row.gains.some((gain) => gain.post === post)))
    .map(([post, info]) => ({ pre: info.preTest!, post }));
}

/** `lessons`: how many of the class's lessons are done; `lesson:<slug>`: the status in one lesson. */
export type SortKey = 'nickname' | 'lessons' | 'tracks' | 'gain' | 'code' | `lesson:${string}`;
export type SortDirection = 'ascending' | 'descending';

/** The mean gain of a learner, or undefined without any pre/post pair. */
export function meanGain(row: LearnerRow): number | undefined {
  return row.gains.length ? row.gains.reduce((sum, gain) => sum + gain.gain, 0) / row.gains.length : undefined;
}

/** A lesson status as a number to sort by: not started, then tried by best score, then done. */
const statusRank = (status: LessonStatus | undefined): number => (status?.state === 'done' ? 101 : status?.state === 'tried' ? status.best : -1);

/**
 * Sorts rows by a column (`lessons` counts the class's `lessons`). Rows without a value (no gain
 * yet) always come last; ties go by name.
 */
export function sortRows(rows: readonly LearnerRow[], key: SortKey, direction: SortDirection, locale: string, lessons: readonly string[] = []): LearnerRow[] {
  const byNickname = nameComparer(locale === 'vi' ? 'vi' : 'en');
  const byName = (a: LearnerRow, b: LearnerRow) => byNickname(a.nickname, b.nickname) || a.profileId.localeCompare(b.profileId);
  const sign = direction === 'ascending' ? 1 : -1;
  if (key === 'nickname') return [...rows].sort((a, b) => sign * byName(a, b));
  const value = (row: LearnerRow): number | string | undefined => {
    if (key === 'code') return row.lastCodeOn;
    if (key === 'tracks') return row.tracksCompleted.length;
    if (key === 'gain') return meanGain(row);
    if (key === 'lessons') return lessonsDoneOf(row, lessons);
    return statusRank(row.lessons[key.slice('lesson:'.length)]);
  };
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === undefined || y === undefined) return x === y ? byName(a, b) : x === undefined ? 1 : -1;
    // Days are YYYY-MM-DD, so text order is date order.
    const compared = typeof x === 'string' && typeof y === 'string' ? (x < y ? -1 : x > y ? 1 : 0) : Number(x) - Number(y);
    return sign * compared || byName(a, b);
  });
}
