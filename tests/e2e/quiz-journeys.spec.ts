/**
 * A learner's quiz on a cheap phone: what they tick before the page has started is kept,
 * blanks are asked about before marking, a retry shuffles, and a pre-test only shows its score
 * until the post-test is done.
 */
import { expect, test, type Page } from '@playwright/test';
import { quizOf, rightAnswers, wrongAnswer } from './support/content.ts';
import { openQuiz } from './support/quiz.ts';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const SLUG = 'mua-ban-nguoi-la-gi';
const LESSON = `/lessons/${SLUG}/`;
const quiz = quizOf(SLUG);
const right = rightAnswers(quiz);

async function tick(page: Page, questionId: string, optionIds: readonly string[]) {
  for (const id of optionIds) await page.locator(`fieldset[data-question="${questionId}"] input[value="${id}"]`).check();
}

test('answers ticked before the quiz has started are kept (slow network, CPU x4)', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 300, downloadThroughput: 50 * 1024, uploadThroughput: 20 * 1024 });
  // Hold the quiz island's code until the learner has ticked, so the test covers the window
  // between first paint and the island starting, whatever the machine's speed.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/Quiz\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(LESSON, { waitUntil: 'domcontentloaded' });
  const section = page.locator('section.quiz');
  await section.scrollIntoViewIfNeeded();
  await expect(section).not.toHaveAttribute('data-hydrated', 'true');
  const [first, second] = quiz.questions;
  await tick(page, first!.id, right[first!.id]!);
  await tick(page, second!.id, right[second!.id]!);
  release();
  await expect(section).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  for (const question of [first!, second!]) {
    for (const id of right[question.id]!) {
      await expect(page.locator(`fieldset[data-question="${question.id}"] input[value="${id}"]`)).toBeChecked();
    }
  }
  // The rest is answered after start, and marking counts the early ticks.
  for (const question of quiz.questions.slice(2)) await tick(page, question.id, right[question.id]!);
  await section.getByRole('button', { name: 'Xem kết quả' }).click();
  await expect(section.locator('.quiz-score')).toContainText(`${quiz.questions.length}/${quiz.questions.length}`);
});

test('marking with a question left blank asks first, and never locks the learner out', async ({ page }) => {
  await page.goto(LESSON);
  const section = await openQuiz(page);
  const blank = quiz.questions[1]!;
  for (const question of quiz.questions) if (question !== blank) await tick(page, question.id, right[question.id]!);
  await section.getByRole('button', { name: 'Xem kết quả' }).click();
  const ask = section.locator('[data-blank-ask]');
  await expect(ask).toContainText('Bạn còn 1 câu chưa trả lời');
  await expect(section.locator('.quiz-score')).toBeHidden();
  // Nothing was saved, nothing is locked: go back and answer.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('vungbuoc:progress') ?? '{"profiles":[]}'));
  expect(stored.profiles.flatMap((p: { attempts: Record<string, unknown[]> }) => p.attempts[SLUG] ?? [])).toEqual([]);
  await ask.getByRole('button', { name: 'Quay lại trả lời' }).click();
  await expect(page.locator(`fieldset[data-question="${blank.id}"] input`).first()).toBeFocused();
  await expect(page.locator(`fieldset[data-question="${blank.id}"]`)).toBeEnabled();
  await tick(page, blank.id, right[blank.id]!);
  await expect(ask).toBeHidden();
  await section.getByRole('button', { name: 'Xem kết quả' }).click();
  await expect(section.locator('.quiz-score')).toContainText('(100%)');
});

test('marking anyway with a blank counts it as not right', async ({ page }) => {
  await page.goto(LESSON);
  const section = await openQuiz(page);
  for (const question of quiz.questions.slice(1)) await tick(page, question.id, right[question.id]!);
  await section.getByRole('button', { name: 'Xem kết quả' }).click();
  await section.getByRole('button', { name: 'Vẫn xem kết quả' }).click();
  const total = quiz.questions.length;
  await expect(section.locator('.quiz-score')).toContainText(`${total - 1}/${total}`);
  await expect(section.locator(`fieldset[data-question="${quiz.questions[0]!.id}"] .quiz-feedback`)).toContainText('Chưa trả lời');
});

test('the first attempt keeps the written order; a retry shows the options shuffled', async ({ page }) => {
  await page.goto(LESSON);
  const section = await openQuiz(page);
  const order = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('section.quiz fieldset[data-question]')].map((f) => [...f.querySelectorAll('input')].map((i) => i.value).join(',')),
    );
  const authored = quiz.questions.map((q) => (q.type === 'truefalse' ? 'fact,myth' : q.options!.map((o) => o.id).join(',')));
  expect(await order()).toEqual(authored);
  for (const question of quiz.questions) await tick(page, question.id, [wrongAnswer(question)]);
  await section.getByRole('button', { name: 'Xem kết quả' }).click();
  await section.getByRole('button', { name: 'Làm lại' }).click();
  await expect(section.locator('[data-shuffled]')).toBeVisible();
  const shuffled = await order();
  shuffled.forEach((ids, i) => {
    expect(ids.split(',').sort()).toEqual(authored[i]!.split(',').sort());
    expect(ids).not.toEqual(authored[i]);
  });
});

test('a pre-test shows the score only until its post-test is taken; only its first attempt counts', async ({ page }) => {
  const pre = quizOf('tiet-hoc-truoc', 'quiz');
  const preRight = rightAnswers(pre);
  await page.goto('/quizzes/tiet-hoc-truoc/');
  let section = await openQuiz(page);
  for (const question of pre.questions) await tick(page, question.id, [wrongAnswer(question)]);
  await section.getByRole('button', { name: 'Xem kết quả' }).click();
  await expect(section.locator('.quiz-score')).toContainText('(0%)');
  // A test completes no lesson and sends nobody to explanations it does not show yet.
  await expect(section.locator('.quiz-score')).toContainText('Bạn đã làm xong bài kiểm tra.');
  await expect(section.locator('.quiz-score')).not.toContainText('giải thích');
  await expect(section.locator('[data-feedback-later]')).toBeVisible();
  await expect(section.locator('.quiz-feedback')).toHaveCount(0);
  await expect(section.locator('.is-right-option')).toHaveCount(0);
  // A retake scores higher but the gain still starts from the first attempt.
  await section.getByRole('button', { name: 'Làm lại' }).click();
  for (const question of pre.questions) await tick(page, question.id, preRight[question.id]!);
  await section.getByRole('button', { name: 'Xem kết quả' }).click();
  await expect(section.locator('.quiz-score')).toContainText('(100%)');
  await expect(section.locator('.quiz-feedback')).toHaveCount(0);

  const post = quizOf('tiet-hoc-sau', 'quiz');
  await page.goto('/quizzes/tiet-hoc-sau/');
  section = await openQuiz(page);
  for (const [id, options] of Object.entries(rightAnswers(post))) await tick(page, id, options);
  await section.getByRole('button', { name: 'Xem kết quả' }).click();
  await expect(section.locator('.quiz-feedback').first()).toBeVisible();

  // After the post-test the pre-test explains itself; this third attempt is all right too.
  await page.goto('/quizzes/tiet-hoc-truoc/');
  section = await openQuiz(page);
  for (const question of pre.questions) await tick(page, question.id, preRight[question.id]!);
  await section.getByRole('button', { name: 'Xem kết quả' }).click();
  await expect(section.locator('.quiz-score')).toContainText('(100%)');
  await expect(section.locator('.quiz-feedback').first()).toBeVisible();

  // The gain starts from the first attempt (0%), not the best or the last (100%).
  await page.goto('/progress/');
  await expect(page.locator('[data-gain="tiet-hoc-sau"]')).toContainText(': 0% →');
  await expect(page.locator('[data-gain="tiet-hoc-sau"]')).toContainText('(+100 điểm)');
});
