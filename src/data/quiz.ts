/** Prepares quizzes for the quiz island: normalised questions and the UI strings it needs. */
import { namespaceStrings, type Translate, type UiLocale } from '../i18n/index.ts';
import { normalizeQuiz } from '../lib/quiz/normalize.ts';
import type { LessonQuiz, StandaloneQuiz } from '../schemas/quiz.ts';

/** The `quiz.*` strings of a locale, for the island. */
export function quizStrings(locale: UiLocale) {
  return namespaceStrings(locale, 'quiz');
}

/** A quiz as the island and papers show it. `feedbackAfter`: for a pre-test, its post-test. */
export function quizView(id: string, quiz: LessonQuiz | StandaloneQuiz, t: Translate, feedbackAfter?: string) {
  return normalizeQuiz(id, quiz, { fact: t('quiz.fact'), myth: t('quiz.myth') }, feedbackAfter);
}
