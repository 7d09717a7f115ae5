/** Helpers for driving the quiz island like a learner. */
import { expect, type Page } from '@playwright/test';

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

/** Answers of the first lesson's quiz. */
export const RIGHT = { q1: 'a', q2: 'myth', q3: 'myth', q4: 'b', q5: 'b' } as const;
export const LESSON = '/lessons/mua-ban-nguoi-la-gi/';

export async function answerAll(page: Page, answers: Record<string, string>) {
  for (const [question, option] of Object.entries(answers)) await choose(page, question, option);
}
