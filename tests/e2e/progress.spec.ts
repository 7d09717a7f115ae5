import { expect, test } from '@playwright/test';
import { feedbackFor, wrongAnswer } from './support/content.ts';
import { answersWithWrong, answerAll, LESSON, LESSON_QUIZ, LESSON_SLUG, openQuiz, RIGHT } from './support/quiz.ts';

const TOTAL = LESSON_QUIZ.questions.length;
/** The last question, answered wrong where a test needs one mistake. */
const MISSED = LESSON_QUIZ.questions[TOTAL - 1]!;
const percent = (right: number) => Math.floor((right * 100) / TOTAL);

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const PROGRESS_KEY = 'vungbuoc:progress';

test('take a quiz, see feedback, reload, and find the result on /progress/', async ({ page }) => {
  await page.goto(LESSON);
  const quiz = await openQuiz(page);
  await answerAll(page, answersWithWrong([MISSED]));
  await quiz.getByRole('button', { name: 'Xem kết quả' }).click();
  await expect(quiz.locator('.quiz-summary')).toBeFocused();
  await expect(quiz.locator('.quiz-score')).toContainText(`Bạn trả lời đúng ${TOTAL - 1}/${TOTAL} câu (${percent(TOTAL - 1)}%).`);
  await expect(quiz.locator('.quiz-score')).toContainText('Bạn đã hoàn thành bài này.');
  // Feedback on the chosen option and the explanation, for a right and a not-yet-right answer.
  const missed = quiz.locator(`fieldset[data-question="${MISSED.id}"]`);
  await expect(missed.locator('.quiz-feedback')).toHaveAttribute('data-result', 'not-yet');
  await expect(missed).toContainText(feedbackFor(MISSED, wrongAnswer(MISSED)).slice(0, 40));
  await expect(missed).toContainText('Giải thích:');
  await expect(quiz.locator(`fieldset[data-question="${LESSON_QUIZ.questions[0]!.id}"] .quiz-feedback`)).toHaveAttribute('data-result', 'right');
  // The result is announced to screen readers.
  await expect(quiz.locator('[role="status"][aria-live="polite"]')).toContainText(`${TOTAL - 1}/${TOTAL}`);

  await page.reload();
  await openQuiz(page);
  await expect(page.locator('section.quiz')).not.toContainText('Bạn trả lời đúng');

  await page.goto('/progress/');
  await expect(page.locator('[data-ready]')).toBeVisible();
  const row = page.locator(`[data-quiz-row="${LESSON_SLUG}"]`);
  await expect(row.locator('[data-best]')).toHaveText(`${percent(TOTAL - 1)}% ✓`);
  await expect(row).toContainText('1 lần làm');
  await expect(page.locator('[data-track-summary="student"]')).toContainText(/^Học sinh1\//);
  await expect(page.locator('[data-where-kept]')).toContainText('chỉ được lưu trong trình duyệt này');
});

test('retrying keeps the best score, and every attempt is stored', async ({ page }) => {
  await page.goto(LESSON);
  const quiz = await openQuiz(page);
  await answerAll(page, RIGHT);
  await quiz.getByRole('button', { name: 'Xem kết quả' }).click();
  await expect(quiz.locator('.quiz-score')).toContainText('(100%)');
  await quiz.getByRole('button', { name: 'Làm lại' }).click();
  await expect(quiz.locator('input[type="radio"]:checked')).toHaveCount(0);
  // A retry shows the options shuffled; answers are chosen by id, so the order does not matter.
  await answerAll(page, answersWithWrong(LESSON_QUIZ.questions.slice(1)));
  await quiz.getByRole('button', { name: 'Xem kết quả' }).click();
  await expect(quiz.locator('.quiz-score')).toContainText(`Bạn trả lời đúng 1/${TOTAL} câu (${percent(1)}%).`);
  await expect(quiz.locator('.quiz-score')).toContainText('Cần đúng 70% để hoàn thành bài.');
  await expect(quiz.locator('.quiz-summary')).toContainText('Điểm cao nhất của bạn: 100%.');

  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
  const attempts = stored.profiles[0].attempts[LESSON_SLUG];
  expect(attempts.map((a: { score: number }) => a.score)).toEqual([100, percent(1)]);
  const second = LESSON_QUIZ.questions[1]!;
  expect(attempts[1].answers[second.id]).toEqual([wrongAnswer(second)]);

  await page.goto('/progress/');
  await expect(page.locator(`[data-quiz-row="${LESSON_SLUG}"] [data-best]`)).toHaveText('100% ✓');
  await expect(page.locator(`[data-quiz-row="${LESSON_SLUG}"]`)).toContainText('2 lần làm');
});

test('a second tab sees progress made in the first', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await second.goto('/tracks/student/');
  const badge = second.locator('[data-lesson="mua-ban-nguoi-la-gi"] [data-done-badge]');
  await expect(badge).toBeHidden();

  await first.goto(LESSON);
  const quiz = await openQuiz(first);
  await answerAll(first, RIGHT);
  await quiz.getByRole('button', { name: 'Xem kết quả' }).click();
  await expect(quiz.locator('.quiz-score')).toContainText('(100%)');

  await expect(badge).toBeVisible();
  await expect(second.locator('[data-track-progress-label]')).toHaveText(/^Đã học 1\/\d+ bài$/);
});

test('home offers to continue the last lesson opened', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-continue]')).toBeHidden();
  await page.goto('/lessons/ai-co-the-bi-lua/');
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toContain('ai-co-the-bi-lua');
  await page.goto('/');
  const card = page.locator('[data-continue]');
  await expect(card).toBeVisible();
  await card.getByRole('link').click();
  await expect(page).toHaveURL(/\/lessons\/ai-co-the-bi-lua\/$/);
});

test('a corrupt stored record is copied aside, the page keeps working and says so', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"profiles":[{"id": broken'), PROGRESS_KEY);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/progress/');
  await expect(page.locator('#progress-notices')).toContainText('bị hỏng nên không đọc được');
  await expect(page.locator('#progress-notices')).toHaveAttribute('role', 'alert');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('vungbuoc:progress:unreadable:'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(kept).toEqual(['{"version":1,"profiles":[{"id": broken']);
  await expect(page.getByRole('heading', { name: 'Bản sao tiến độ được giữ lại' })).toBeVisible();

  await page.goto(LESSON);
  const quiz = await openQuiz(page);
  await answerAll(page, RIGHT);
  await quiz.getByRole('button', { name: 'Xem kết quả' }).click();
  await expect(quiz.locator('.quiz-score')).toContainText('(100%)');
  expect(errors).toEqual([]);
});

test('pasting a garbage code shows an alert and leaves storage byte-for-byte unchanged', async ({ page }) => {
  await page.goto(LESSON);
  const quiz = await openQuiz(page);
  await answerAll(page, RIGHT);
  await quiz.getByRole('button', { name: 'Xem kết quả' }).click();
  await expect(quiz.locator('.quiz-score')).toBeVisible();
  await page.goto('/progress/');
  await expect(page.locator('[data-ready]')).toBeVisible();
  const snapshot = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  const before = await snapshot();

  await page.getByText('Chuyển tiến độ từ máy khác sang máy này').click();
  const field = page.getByLabel('Dán mã tiến độ');
  for (const [garbage, message] of [
    ['xin chào cô', 'Đây không phải mã tiến độ của Vững Bước'],
    ['VB1-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'không khớp phần kiểm tra'],
    ['VB1-abc d$f', 'Mã có ký tự lạ'],
  ] as const) {
    await field.fill(garbage);
    await page.getByRole('button', { name: 'Nhập', exact: true }).click();
    await expect(page.locator('.move-progress .import-error[role="alert"]')).toContainText(message);
    expect(await snapshot()).toBe(before);
  }
});

test('a progress code made in one browser imports into another', async ({ browser }) => {
  const learner = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await learner.newPage();
  await page.goto(LESSON);
  const quiz = await openQuiz(page);
  await answerAll(page, RIGHT);
  await quiz.getByRole('button', { name: 'Xem kết quả' }).click();
  await expect(quiz.locator('.quiz-score')).toContainText('(100%)');
  await page.goto('/progress/');
  // The code asks for the name the teacher knows the learner by, and saves it to the profile.
  // The profile the quiz made is called "Hồ sơ 1": no teacher knows that name, so it is not offered.
  const name = page.getByLabel('Tên để thầy cô nhận ra bạn');
  await expect(name).toHaveValue('');
  await page.getByRole('button', { name: 'Tạo mã tiến độ' }).click();
  await expect(name).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Mã tiến độ', exact: true })).toHaveCount(0);
  await name.fill('Lan 7A');
  await page.getByRole('button', { name: 'Tạo mã tiến độ' }).click();
  await expect(page.locator('[data-active-nickname]')).toHaveText('Lan 7A');
  const codeField = page.getByRole('textbox', { name: 'Mã tiến độ', exact: true });
  await expect(codeField).toHaveAttribute('readonly', '');
  const code = await codeField.inputValue();
  expect(code).toMatch(/^VB1-[A-Za-z0-9_-]+$/);
  // Plain HTTP: no Clipboard API, so the copy button selects the text for the learner.
  await page.getByRole('button', { name: 'Sao chép' }).click();
  await expect(page.getByText(/Đã sao chép mã\.|Mã đã được chọn/)).toBeVisible();
  await learner.close();

  const other = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const second = await other.newPage();
  await second.goto('/progress/');
  await expect(second.locator('[data-ready]')).toBeVisible();
  second.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('Thêm hồ sơ "Lan 7A"');
    void dialog.accept();
  });
  await second.getByText('Chuyển tiến độ từ máy khác sang máy này').click();
  await second.getByLabel('Dán mã tiến độ').fill(code);
  await second.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(second.getByText(/Đã thêm hồ sơ/)).toBeVisible();
  await expect(second.locator(`[data-quiz-row="${LESSON_SLUG}"] [data-best]`)).toHaveText('100% ✓');

  // Importing the same code again merges instead of duplicating, and only after asking.
  second.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('Gộp tiến độ');
    void dialog.dismiss();
  });
  await second.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(second.getByText('Đã huỷ. Không có gì thay đổi.')).toBeVisible();
  await expect(second.locator('[data-profile]')).toHaveCount(1);
  // Accepted this time: still one profile, and the same attempt is not counted twice.
  second.once('dialog', (dialog) => void dialog.accept());
  await second.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(second.getByText(/Đã gộp tiến độ vào hồ sơ/)).toBeVisible();
  await expect(second.locator('[data-profile]')).toHaveCount(1);
  await expect(second.locator(`[data-quiz-row="${LESSON_SLUG}"]`)).toContainText('1 lần làm');
  await other.close();
});

test('profiles on a shared computer: add, switch, rename, delete', async ({ page }) => {
  await page.goto('/progress/');
  await expect(page.locator('[data-ready]')).toBeVisible();
  await page.getByLabel('Biệt danh').fill('Lan');
  await page.getByRole('button', { name: 'Thêm hồ sơ mới' }).click();
  await page.getByLabel('Biệt danh').fill('Tuấn');
  await page.getByRole('button', { name: 'Thêm hồ sơ mới' }).click();
  await expect(page.locator('[data-active-nickname]')).toHaveText('Tuấn');
  await page.locator('[data-profile="Lan"]').getByRole('button', { name: 'Dùng hồ sơ này' }).click();
  await expect(page.locator('[data-active-nickname]')).toHaveText('Lan');
  await page.locator('[data-profile="Lan"]').getByRole('button', { name: 'Đổi tên' }).click();
  await page.locator('[data-profile="Lan"]').getByLabel('Biệt danh').fill('Lan Anh');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.locator('[data-active-nickname]')).toHaveText('Lan Anh');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('[data-profile="Tuấn"]').getByRole('button', { name: 'Xoá hồ sơ' }).click();
  await expect(page.locator('[data-profile="Tuấn"]')).toHaveCount(0);
  await expect(page.locator('[data-profile="Lan Anh"]')).toBeVisible();
  await expect(page.locator('[data-profile]')).toHaveCount(1);
  await expect(page.locator('[data-active-nickname]')).toHaveText('Lan Anh');
});

test('discreet mode: neutral titles, no continue card, one-tap forget-me', async ({ page }) => {
  await page.goto('/lessons/ai-co-the-bi-lua/');
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toContain('ai-co-the-bi-lua');
  await page.goto('/progress/');
  await page.getByRole('button', { name: 'Bật chế độ kín đáo' }).click();
  await expect(page.getByText('Chế độ kín đáo đang bật.')).toBeVisible();

  await page.goto(LESSON);
  await expect(page).toHaveTitle('Học tập · Vững Bước');
  await page.goto('/');
  await expect(page).toHaveTitle('Học tập · Vững Bước');
  await expect(page.locator('[data-continue]')).toBeHidden();

  await page.goto('/progress/');
  // Things that tell what a learner did, besides the record itself.
  await page.evaluate(() => {
    localStorage.setItem('vungbuoc:progress:unreadable:2026-01-01T00:00:00.000Z', '{');
    localStorage.setItem('vungbuoc:certificate-name', 'Lan');
    localStorage.setItem('vungbuoc:deck:mua-ban-nguoi-la-gi', '3');
  });
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('.discreet-box').getByRole('button', { name: 'Quên tôi trên thiết bị này' }).click();
  await expect(page.getByText('Đã xoá mọi tiến độ trên thiết bị này.')).toBeVisible();
  const left = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('vungbuoc:')).sort());
  expect(left.filter((key) => /progress|certificate|deck/.test(key))).toEqual([]);
  // Discreet mode stays on: forgetting must not bring the lesson titles back.
  expect(left).toContain('vungbuoc:discreet');
});

test('with storage blocked the quiz still works, in this tab only, and says so', async ({ page }) => {
  await page.addInitScript(() => {
    const deny = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Object.defineProperty(Storage.prototype, 'setItem', { value: deny });
  });
  await page.goto(LESSON);
  const quiz = await openQuiz(page);
  await answerAll(page, RIGHT);
  await quiz.getByRole('button', { name: 'Xem kết quả' }).click();
  await expect(quiz.locator('.quiz-score')).toContainText('(100%)');
  await expect(quiz.locator('.quiz-saved')).toHaveText('Kết quả chỉ được giữ trong thẻ này cho đến khi bạn đóng nó.');
  await expect(page.locator('#progress-notices')).toContainText('Tiến độ chỉ được giữ trong thẻ này');
});
