import { expect, test } from '@playwright/test';

test('without JavaScript the quiz questions still show, with a note that checking needs it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lessons/mua-ban-nguoi-la-gi/');
  const quiz = page.locator('section.quiz');
  await expect(quiz.getByRole('heading', { name: 'Tự kiểm tra' })).toBeVisible();
  await expect(quiz.locator('fieldset legend').first()).toContainText('Câu 1.');
  await expect(quiz.locator('fieldset')).toHaveCount(5);
  await expect(quiz.getByText('Để chấm bài và xem giải thích, trình duyệt cần bật JavaScript.')).toBeVisible();
  await expect(quiz.getByRole('button', { name: 'Xem kết quả' })).toBeDisabled();
  await context.close();
});

test('the quiz is keyboard-operable', async ({ page }) => {
  await page.goto('/lessons/mua-ban-nguoi-la-gi/');
  const quiz = page.locator('section.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-hydrated', 'true');
  await quiz.locator('fieldset[data-question="q1"] input').first().focus();
  await page.keyboard.press('Space');
  await expect(quiz.locator('fieldset[data-question="q1"] input[value="a"]')).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(quiz.locator('fieldset[data-question="q1"] input[value="b"]')).toBeChecked();
  await quiz.getByRole('button', { name: 'Xem kết quả' }).focus();
  await page.keyboard.press('Enter');
  await expect(quiz.locator('.quiz-summary')).toBeFocused();
});
