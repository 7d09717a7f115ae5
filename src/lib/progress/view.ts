/**
 * What /progress/ shows for the active profile, computed once: lessons done per track, one row
 * per quiz taken, the pre/post gains. The island and its sections only print this.
 */
import { bestAttempt, knowledgeGains, trackProgress, type ProgressIndex } from './rules.ts';
import type { Profile } from './schema.ts';

export interface QuizRow {
  quizId: string;
  best: number;
  passed: boolean;
  attempts: number;
  /** Day of the latest attempt (YYYY-MM-DD). */
  lastOn: string;
}

export type KnowledgeGain = ReturnType<typeof knowledgeGains>[number];

export interface ProgressView {
  tracks: Array<{ track: string; done: number; total: number; complete: boolean }>;
  completedTracks: string[];
  quizRows: QuizRow[];
  gains: KnowledgeGain[];
}

export function progressView(profile: Profile | undefined, index: ProgressIndex & { tracks: Record<string, string[]> }): ProgressView {
  const perTrack = trackProgress(profile, index);
  const tracks = Object.entries(index.tracks)
    .filter(([, slugs]) => slugs.length > 0)
    .map(([track]) => ({ track, ...(perTrack[track] ?? { done: 0, total: 0, complete: false }) }));
  const quizRows = Object.entries(profile?.attempts ?? {})
    .filter(([, attempts]) => attempts.length > 0)
    .map(([quizId, attempts]) => ({
      quizId,
      best: bestAttempt(attempts)!.score,
      passed: attempts.some((a) => a.passed),
      attempts: attempts.length,
      lastOn: attempts.reduce((a, b) => (a.at > b.at ? a : b)).at.slice(0, 10),
    }));
  return { tracks, completedTracks: tracks.filter((t) => t.complete).map((t) => t.track), quizRows, gains: knowledgeGains(profile, index) };
}
