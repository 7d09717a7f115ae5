/**
 * Scoring a quiz attempt. A question is right when the learner chose exactly the right
 * options (for `multiple`, all of them and no other). Unanswered questions are not right.
 */
import type { QuizQuestionView, QuizView } from './normalize.ts';

/** Chosen option ids per question id. */
export type QuizAnswers = Record<string, string[]>;

export interface QuestionResult {
  id: string;
  correct: boolean;
  answered: boolean;
  chosen: string[];
  /** Feedback of each chosen option, in option order. */
  feedback: Array<{ optionId: string; text: string; correct: boolean }>;
  /** Ids of the right options (to show after checking). */
  rightOptions: string[];
}

export interface QuizResult {
  questions: QuestionResult[];
  correctCount: number;
  total: number;
  /** Whole percent, rounded down, so 69.9 % never passes a 70 % mark. */
  percent: number;
  passed: boolean;
}

export function scoreQuestion(question: QuizQuestionView, chosen: readonly string[] = []): QuestionResult {
  const known = new Set(question.options.map((option) => option.id));
  const picked = [...new Set(chosen)].filter((id) => known.has(id));
  if (question.type !== 'multiple' && picked.length > 1) picked.splice(1);
  const right = question.options.filter((option) => option.correct).map((option) => option.id);
  const correct = picked.length === right.length && right.every((id) => picked.includes(id));
  return {
    id: question.id,
    correct,
    answered: picked.length > 0,
    chosen: picked,
    feedback: question.options
      .filter((option) => picked.includes(option.id) && option.feedback)
      .map((option) => ({ optionId: option.id, text: option.feedback!, correct: option.correct })),
    rightOptions: right,
  };
}

export function scoreQuiz(quiz: QuizView, answers: QuizAnswers): QuizResult {
  const questions = quiz.questions.map((question) => scoreQuestion(question, answers[question.id]));
  const correctCount = questions.filter((q) => q.correct).length;
  const total = questions.length;
  const percent = total === 0 ? 0 : Math.floor((correctCount * 100) / total);
  return { questions, correctCount, total, percent, passed: percent >= quiz.passMark };
}

/**
 * The line that follows the score. A pre- or post-test measures: it completes no lesson and
 * sends nobody back to explanations it may not show yet, so it only says it is finished.
 */
export function verdictKey(quiz: Pick<QuizView, 'kind'>, result: Pick<QuizResult, 'passed'>): 'quiz.testDone' | 'quiz.passed' | 'quiz.notPassed' {
  if (quiz.kind === 'pre' || quiz.kind === 'post') return 'quiz.testDone';
  return result.passed ? 'quiz.passed' : 'quiz.notPassed';
}
