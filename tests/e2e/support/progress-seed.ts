/**
 * Puts a learner's progress straight into a browser's storage (the record of
 * src/lib/progress/schema.ts), so a test can start from "finished the student track" without
 * clicking through every quiz. Question ids come from the built site's own progress index.
 */
import type { Page } from '@playwright/test';

export interface SiteIndex {
  tracks: Record<string, string[]>;
  quizzes: Record<string, { questionIds: string[]; passMark: number; kind: string }>;
}

/** Reads the progress index a track page embeds. */
export async function readIndex(page: Page, baseUrl = '/'): Promise<SiteIndex> {
  await page.goto(`${baseUrl}tracks/student/`);
  return JSON.parse((await page.locator('#progress-index').textContent())!) as SiteIndex;
}

export interface SeedProfile {
  id: string;
  nickname: string;
  /** Quiz id → indexes (0-based) of the questions answered wrong. A lesson without a quiz is marked done. */
  quizzes: Record<string, number[]>;
}

function attempt(questionIds: string[], wrong: number[], passMark: number) {
  const correct = questionIds.filter((_, i) => !wrong.includes(i));
  const score = Math.floor((correct.length * 100) / questionIds.length);
  const answers = Object.fromEntries(questionIds.map((id) => [id, ['chosen-option']]));
  return { at: '2026-11-20T08:00:00.000Z', questionIds, correct, answers, score, passed: score >= passMark, source: 'device' };
}

/** A progress record (version 1) with these profiles; the first is active. */
export function progressRecord(index: SiteIndex, profiles: SeedProfile[]) {
  const lessonSlugs = new Set(Object.values(index.tracks).flat());
  return {
    version: 1,
    activeProfileId: profiles[0]?.id,
    profiles: profiles.map((profile) => {
      const entries = Object.entries(profile.quizzes);
      // A lesson without a quiz is done when marked done.
      const marked = entries.filter(([id]) => !index.quizzes[id] && lessonSlugs.has(id));
      const quizzes = entries.filter(([id]) => index.quizzes[id]);
      if (marked.length + quizzes.length !== entries.length) throw new Error('a seeded quiz or lesson is not in the built site');
      return {
        id: profile.id,
        nickname: profile.nickname,
        createdAt: '2026-11-01T00:00:00.000Z',
        lessons: Object.fromEntries(marked.map(([slug]) => [slug, { markedDoneAt: '2026-11-20T08:00:00.000Z' }])),
        attempts: Object.fromEntries(
          quizzes.map(([quizId, wrong]) => {
            const quiz = index.quizzes[quizId]!;
            return [quizId, [attempt(quiz.questionIds, wrong, quiz.passMark)]];
          }),
        ),
      };
    }),
  };
}

/** Every lesson of a track passed without a mistake. */
export function wholeTrack(index: SiteIndex, track: string): Record<string, number[]> {
  return Object.fromEntries((index.tracks[track] ?? []).map((slug) => [slug, []]));
}

/** Stores a progress record in the page's origin (the page must be on the site). */
export async function storeProgress(page: Page, record: unknown): Promise<void> {
  await page.evaluate((text) => localStorage.setItem('vungbuoc:progress', text), JSON.stringify(record));
}
