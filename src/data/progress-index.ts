/**
 * The curriculum facts the browser needs to judge progress (which lessons have quizzes, quiz
 * question ids, pre/post pairs) plus titles in one language. Built at build time and handed to
 * scripts and islands as data.
 */
import type { ProgressIndex } from '../lib/progress/rules.ts';
import { TRACKS } from '../schemas/common.ts';
import { loadCatalog, loadContent, DEFAULT_LOCALE } from './content.ts';

export interface TitledProgressIndex extends ProgressIndex {
  titles: Record<string, string>;
  /** Lesson slugs in order per track. */
  tracks: Record<string, string[]>;
}

export async function progressIndex(locale: string): Promise<TitledProgressIndex> {
  const catalog = await loadCatalog(locale);
  const { quizzes } = await loadContent();
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
  const standalone = new Map<string, (typeof quizzes)[number]>();
  for (const quiz of quizzes) if (quiz.locale === DEFAULT_LOCALE) standalone.set(quiz.slug, quiz);
  for (const quiz of quizzes) if (quiz.locale === locale) standalone.set(quiz.slug, quiz);
  for (const [slug, quiz] of standalone) {
    index.titles[slug] = quiz.data.title;
    index.quizzes[slug] = {
      passMark: quiz.data.passMark,
      questionIds: quiz.data.questions.map((q) => q.id),
      kind: quiz.data.kind,
      ...(quiz.data.preTest ? { preTest: quiz.data.preTest } : {}),
    };
  }
  return index;
}
