/**
 * From a quiz form to a stored attempt: the answers a form holds, the questions still blank,
 * and the attempt record a result becomes. Pure, so the island only wires events.
 */
import type { Attempt } from '../progress/schema.ts';
import type { QuizView } from './normalize.ts';
import type { QuizAnswers, QuizResult } from './score.ts';

/** The quiz form's inputs as the island names them: `<quiz id>-<question id>`, value = option id. */
export interface OptionInput {
  checked: boolean;
  value: string;
  closest(selector: string): { getAttribute(name: string): string | null } | null;
}

/** Chosen option ids per question id, read from the form's inputs (ticked before the island started). */
export function answersFromInputs(inputs: readonly OptionInput[]): QuizAnswers {
  const answers: QuizAnswers = {};
  for (const input of inputs) {
    if (!input.checked) continue;
    const questionId = input.closest('fieldset[data-question]')?.getAttribute('data-question');
    if (questionId) (answers[questionId] ??= []).push(input.value);
  }
  return answers;
}

/** Ids of the questions with nothing chosen, in quiz order. */
export function unansweredIds(quiz: QuizView, answers: QuizAnswers): string[] {
  return quiz.questions.filter((question) => (answers[question.id] ?? []).length === 0).map((question) => question.id);
}

/** The attempt a marked quiz stores: answers, right questions, score (never a name). */
export function attemptFromResult(quiz: QuizView, result: QuizResult, at: Date): Attempt {
  return {
    at: at.toISOString(),
    answers: Object.fromEntries(result.questions.map((q) => [q.id, q.chosen])),
    questionIds: quiz.questions.map((q) => q.id),
    correct: result.questions.filter((q) => q.correct).map((q) => q.id),
    score: result.percent,
    passed: result.passed,
    source: 'device',
  };
}
