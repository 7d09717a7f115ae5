/** Helpers for driving the quiz island like a learner, with answers read from the content. */
import { expect, type Page } from '@playwright/test';
import { quizOf, rightAnswers, wrongAnswer, type Question } from './content.ts';

/** Scrolls the quiz into view and waits until its island has hydrated. */
export async function openQuiz(page: Page) {
  const quiz = page.locator('section.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-hydrated', 'true');
  return quiz;
}

/** Chooses an option by question id and option id (ids are stable; positions are not). */
export async function choose(page: Page, questionId: string, optionId: string) {
  await page.locator(`fieldset[data-question="${questionId}"] input[value="${optionId}"]`).check();
}

/** The first student lesson, whose quiz most journeys take. */
export const LESSON_SLUG = 'mua-ban-nguoi-la-gi';
export const LESSON = `/lessons/${LESSON_SLUG}/`;
export const LESSON_QUIZ = quizOf(LESSON_SLUG);
/** Its right answers, per question id (from the lesson file). */
export const RIGHT = rightAnswers(LESSON_QUIZ);

/** Right answers except for the questions listed, which get a wrong answer. */
export function answersWithWrong(wrong: readonly Question[]): Record<string, string[]> {
  return { ...RIGHT, ...Object.fromEntries(wrong.map((q) => [q.id, [wrongAnswer(q)]])) };
}

export async function answerAll(page: Page, answers: Record<string, string | readonly string[]>) {
  for (const [question, options] of Object.entries(answers)) {
    for (const option of typeof options === 'string' ? [options] : options) await choose(page, question, option);
  }
}
