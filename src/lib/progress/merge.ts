/**
 * Merging progress — the same rule on /progress/ (import) and /class/ (a teacher's class):
 * the union of lessons, every attempt kept once, so the best score can only go up.
 */
import type { Attempt, LessonState, Profile } from './schema.ts';

const earliest = (a?: string, b?: string) => (!a ? b : !b ? a : a < b ? a : b);
const latest = (a?: string, b?: string) => (!a ? b : !b ? a : a > b ? a : b);

function attemptKey(attempt: Attempt): string {
  return `${attempt.at}|${attempt.score}|${attempt.correct.join(',')}|${attempt.source ?? 'device'}`;
}

function mergeLessons(a: Record<string, LessonState>, b: Record<string, LessonState>): Record<string, LessonState> {
  const out: Record<string, LessonState> = { ...a };
  for (const [slug, state] of Object.entries(b)) {
    const mine = out[slug] ?? {};
    const merged: LessonState = {};
    const first = earliest(mine.firstOpenedAt, state.firstOpenedAt);
    const last = latest(mine.lastOpenedAt, state.lastOpenedAt);
    const done = earliest(mine.markedDoneAt, state.markedDoneAt);
    if (first) merged.firstOpenedAt = first;
    if (last) merged.lastOpenedAt = last;
    if (done) merged.markedDoneAt = done;
    out[slug] = merged;
  }
  return out;
}

function mergeAttempts(a: Record<string, Attempt[]>, b: Record<string, Attempt[]>): Record<string, Attempt[]> {
  const out: Record<string, Attempt[]> = {};
  for (const quizId of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const seen = new Set<string>();
    const list: Attempt[] = [];
    for (const attempt of [...(a[quizId] ?? []), ...(b[quizId] ?? [])]) {
      const key = attemptKey(attempt);
      if (seen.has(key)) continue;
      seen.add(key);
      list.push(attempt);
    }
    out[quizId] = list.sort((x, y) => x.at.localeCompare(y.at));
  }
  return out;
}

/**
 * Merges `incoming` into `local` (same learner). The local nickname is kept; lessons are
 * united; attempts are united without duplicates; the later "continue" lesson wins.
 */
export function mergeProfiles(local: Profile, incoming: Profile): Profile {
  const lastLesson =
    local.lastLesson && incoming.lastLesson
      ? local.lastLesson.at >= incoming.lastLesson.at
        ? local.lastLesson
        : incoming.lastLesson
      : (local.lastLesson ?? incoming.lastLesson);
  return {
    ...local,
    createdAt: earliest(local.createdAt, incoming.createdAt)!,
    lessons: mergeLessons(local.lessons, incoming.lessons),
    attempts: mergeAttempts(local.attempts, incoming.attempts),
    ...(lastLesson ? { lastLesson } : {}),
  };
}
