/**
 * Quiz questions in one shape for scoring and display: a `truefalse` question becomes two
 * options, `fact` and `myth`, so every type is "choose among options by id".
 */
import type { LessonQuiz, QuizQuestion, StandaloneQuiz } from '../../schemas/quiz.ts';

export interface QuizOptionView {
  id: string;
  /** Option text; for `truefalse` the UI label is chosen by id (`fact`/`myth`). */
  text: string;
  correct: boolean;
  feedback?: string;
}

export interface QuizQuestionView {
  id: string;
  type: QuizQuestion['type'];
  prompt: string;
  situation?: string;
  options: QuizOptionView[];
  explanation: string;
}

export interface QuizView {
  /** Stable quiz id: the lesson slug, or the stand-alone quiz's slug. */
  id: string;
  passMark: number;
  questions: QuizQuestionView[];
  /** `lesson`, or a stand-alone quiz's kind (`pre`, `post`, `practice`). */
  kind?: 'lesson' | 'pre' | 'post' | 'practice';
  /** For a pre-test: the post-test after which its feedback may be shown. */
  feedbackAfter?: string;
}

export const TRUEFALSE_OPTION_IDS = ['fact', 'myth'] as const;

/** Normalises one question. `labels` give the visible text of the truefalse choices. */
export function normalizeQuestion(question: QuizQuestion, labels: { fact: string; myth: string }): QuizQuestionView {
  const base = { id: question.id, type: question.type, prompt: question.prompt, explanation: question.explanation };
  if (question.type === 'truefalse') {
    return {
      ...base,
      options: TRUEFALSE_OPTION_IDS.map((id) => ({
        id,
        text: labels[id],
        correct: question.answer === id,
        feedback: question.feedback?.[id],
      })),
    };
  }
  return {
    ...base,
    ...(question.situation ? { situation: question.situation } : {}),
    options: (question.options ?? []).map((option) => ({
      id: option.id,
      text: option.text,
      correct: option.correct,
      ...(option.feedback ? { feedback: option.feedback } : {}),
    })),
  };
}

/** Normalises a whole quiz under its stable id. `feedbackAfter`: a pre-test's post-test. */
export function normalizeQuiz(
  id: string,
  quiz: LessonQuiz | StandaloneQuiz,
  labels: { fact: string; myth: string },
  feedbackAfter?: string,
): QuizView {
  const kind = 'kind' in quiz ? quiz.kind : 'lesson';
  return {
    id,
    passMark: quiz.passMark,
    questions: quiz.questions.map((q) => normalizeQuestion(q, labels)),
    kind,
    ...(kind === 'pre' && feedbackAfter ? { feedbackAfter } : {}),
  };
}

/** A short fingerprint of a quiz's question ids, so per-question results are only compared for the same questions. */
export function quizShape(questionIds: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (const char of questionIds.join('|')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash & 0xff;
}
