/** Prepares quizzes for the quiz island: normalised questions and the UI strings it needs. */
import type { QuizStrings } from '../components/Quiz.tsx';
import type { Translate } from '../i18n/index.ts';
import { normalizeQuiz } from '../lib/quiz/normalize.ts';
import type { LessonQuiz, StandaloneQuiz } from '../schemas/quiz.ts';

const KEYS = [
  'title', 'intro', 'noscript', 'question', 'chooseOne', 'chooseMany', 'situation', 'check', 'retry', 'unanswered',
  'right', 'notYet', 'notAnswered', 'yourChoice', 'rightAnswer', 'why', 'score', 'passed', 'notPassed', 'best', 'saved', 'savedTab',
] as const;

export function quizStrings(t: Translate): QuizStrings {
  return Object.fromEntries(KEYS.map((key) => [key, t(`quiz.${key}`)])) as QuizStrings;
}

export function quizView(id: string, quiz: LessonQuiz | StandaloneQuiz, t: Translate) {
  return normalizeQuiz(id, quiz, { fact: t('quiz.fact'), myth: t('quiz.myth') });
}
