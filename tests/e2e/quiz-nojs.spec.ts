import { expect, test } from '@playwright/test';
import { LESSON, LESSON_QUIZ } from './support/quiz.ts';

/** A question answered with radio buttons (one answer), for the arrow keys. */
const RADIO = LESSON_QUIZ.questions.find((q) => q.type !== 'multiple')!;
const [FIRST, SECOND] = RADIO.type === 'truefalse' ? ['fact', 'myth'] : RADIO.options!.map((o) => o.id);

test('without JavaScript the quiz questions still show, with a note that checking needs it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(LESSON);
  const quiz = page.locator('section.quiz');
  await expect(quiz.getByRole('heading', { name: 'Tự kiểm tra' })).toBeVisible();
  await expect(quiz.locator('fieldset legend').first()).toContainText('Câu 1.');
  await expect(quiz.locator('fieldset')).toHaveCount(LESSON_QUIZ.questions.length);
  await expect(quiz.getByText('Để chấm bài và xem giải thích, trình duyệt cần bật JavaScript.')).toBeVisible();
  await expect(quiz.getByRole('button', { name: 'Xem kết quả' })).toBeDisabled();
  await context.close();
});

test('the quiz is keyboard-operable', async ({ page }) => {
  await page.goto(LESSON);
  const quiz = page.locator('section.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-hydrated', 'true');
  await quiz.locator(`fieldset[data-question="${RADIO.id}"] input`).first().focus();
  await page.keyboard.press('Space');
  await expect(quiz.locator(`fieldset[data-question="${RADIO.id}"] input[value="${FIRST}"]`)).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(quiz.locator(`fieldset[data-question="${RADIO.id}"] input[value="${SECOND}"]`)).toBeChecked();
  await quiz.getByRole('button', { name: 'Xem kết quả' }).focus();
  await page.keyboard.press('Enter');
  // Questions are left blank: the quiz asks first, with the focus on its answer.
  await expect(quiz.getByRole('button', { name: 'Quay lại trả lời' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(quiz.getByRole('button', { name: 'Vẫn xem kết quả' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(quiz.locator('.quiz-summary')).toBeFocused();
});
