/**
 * The curriculum facts the browser needs to judge progress (which lessons have quizzes, quiz
 * question ids, pre/post pairs) plus titles in one language. Built at build time and handed to
 * scripts and islands as data.
 */
import type { ProgressIndex } from '../lib/progress/rules.ts';
import { TRACKS } from '../schemas/common.ts';
import { loadCatalog, localizedQuizzes, perLocale } from './content.ts';

export interface TitledProgressIndex extends ProgressIndex {
  titles: Record<string, string>;
  /** Lesson slugs in order per track. */
  tracks: Record<string, string[]>;
}

/** The index of one locale (made once per build: the home and track pages all embed it). */
export const progressIndex = perLocale(async (locale): Promise<TitledProgressIndex> => {
  const catalog = await loadCatalog(locale);
  const lessons = catalog.tracks.flatMap((track) =>
    track.lessons.map((lesson) => ({ slug: lesson.slug, track: track.track, hasQuiz: Boolean(lesson.entry.data.quiz) })),
  );
  const index: TitledProgressIndex = { lessons, quizzes: {}, titles: {}, tracks: Object.fromEntries(TRACKS.map((t) => [t, [] as string[]])) };
  for (const track of catalog.tracks) {
    for (const lesson of track.lessons) {
      index.titles[lesson.slug] = lesson.entry.data.title;
      index.tracks[track.track]!.push(lesson.slug);
      const quiz = lesson.entry.data.quiz;
      if (quiz) index.quizzes[lesson.slug] = { passMark: quiz.passMark, questionIds: quiz.questions.map((q) => q.id), kind: 'lesson' };
    }
  }
  for (const [slug, { entry: quiz }] of await localizedQuizzes(locale)) {
    index.titles[slug] = quiz.data.title;
    index.quizzes[slug] = {
      passMark: quiz.data.passMark,
      questionIds: quiz.data.questions.map((q) => q.id),
      kind: quiz.data.kind,
      ...(quiz.data.preTest ? { preTest: quiz.data.preTest } : {}),
    };
  }
  return index;
});
