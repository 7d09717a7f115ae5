/**
 * The day of a learner on a shared 360 px phone: hostile codes never cost their record, a full
 * storage never loses a finished quiz between pages, kept copies come back, discreet mode leaves
 * no trail behind a quick exit, and the page fits the screen at the largest text size.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodeProgressCode } from '../../src/lib/progress/code.ts';
import { readIndex } from './support/progress-seed.ts';
import { answerAll, LESSON, LESSON_SLUG, openQuiz, RIGHT } from './support/quiz.ts';

const PROGRESS_KEY = 'vungbuoc:progress';
test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

async function passLessonQuiz(page: Page, path = LESSON) {
  await page.goto(path);
  const quiz = await openQuiz(page);
  await answerAll(page, RIGHT);
  await quiz.getByRole('button', { name: 'Xem kết quả' }).click();
  await expect(quiz.locator('.quiz-score')).toContainText('(100%)');
}

async function importCode(page: Page, code: string) {
  await page.getByText('Chuyển tiến độ từ máy khác sang máy này').click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByLabel('Dán mã tiến độ').fill(code);
  await page.getByRole('button', { name: 'Nhập', exact: true }).click();
}

test.describe('hostile progress codes', () => {
  for (const [label, nickname] of [
    ['a 60-byte nickname', 'Nguyễn Thị Phương Thảo Nguyễn Thị Phương Thảo Nguyễn'],
    ['control and direction-override characters', '\u202eLan\u202c\u0007\u200b Anh\u2066'],
    ['markup', '<img src=x onerror="document.title=1">'],
  ] as const) {
    test(`importing a code with ${label} keeps the whole record readable after a reload`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await passLessonQuiz(page);
      await page.goto('/progress/');
      await expect(page.locator('[data-ready]')).toBeVisible();
      const code = encodeProgressCode({ profileId: 'AAAAAAAAAAA', nickname, madeOn: '2026-12-01', lessonHashes: [], quizzes: [] });
      await importCode(page, code);
      await expect(page.getByText(/Đã thêm hồ sơ/)).toBeVisible();
      await page.reload();
      await expect(page.locator('[data-ready]')).toBeVisible();
      await expect(page.locator('#progress-notices')).toBeHidden();
      await expect(page.locator('[data-profile]')).toHaveCount(2);
      const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
      for (const profile of stored.profiles) {
        expect(profile.nickname.length).toBeLessThanOrEqual(40);
        expect(profile.nickname).not.toMatch(/[\u0000-\u001f\u200b\u202a-\u202e\u2066-\u2069]/);
      }
      // The learner's own result is still there.
      await page.locator('[data-profile]').first().getByRole('button', { name: 'Dùng hồ sơ này' }).click();
      await expect(page.locator(`[data-quiz-row="${LESSON_SLUG}"] [data-best]`)).toHaveText('100% ✓');
      await expect(page).toHaveTitle(/Tiến độ của tôi/);
      expect(errors).toEqual([]);
    });
  }

  test('a code far too long is refused at once and changes nothing', async ({ page }) => {
    await page.goto('/progress/');
    await expect(page.locator('[data-ready]')).toBeVisible();
    const progressKeys = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([key]) => key.startsWith('vungbuoc:progress')).sort()));
    const before = await progressKeys();
    await page.getByText('Chuyển tiến độ từ máy khác sang máy này').click();
    await page.getByLabel('Dán mã tiến độ').fill(`VB1-${'A'.repeat(200_000)}`);
    const started = Date.now();
    await page.getByRole('button', { name: 'Nhập', exact: true }).click();
    await expect(page.locator('.move-progress .import-error[role="alert"]')).toContainText('quá dài');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await progressKeys()).toBe(before);
  });
});

test('with the device storage full, a finished quiz is kept in this tab across pages', async ({ page }) => {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Object.defineProperty(Storage.prototype, 'setItem', {
      value(this: Storage, key: string, value: string) {
        if (this === window.localStorage && key === 'vungbuoc:progress') throw new DOMException('full', 'QuotaExceededError');
        return original.call(this, key, value);
      },
    });
  });
  await passLessonQuiz(page);
  await page.goto('/progress/');
  await expect(page.locator(`[data-quiz-row="${LESSON_SLUG}"] [data-best]`)).toHaveText('100% ✓');
  await expect(page.locator('#progress-notices')).toContainText('chỉ được giữ trong thẻ này');
  await page.goto('/tracks/student/');
  await expect(page.locator(`[data-lesson="${LESSON_SLUG}"] [data-done-badge]`)).toBeVisible();
});

test('a copy kept aside can be downloaded and imported again, getting back what is readable', async ({ page }) => {
  await page.goto('/');
  const kept = JSON.stringify({
    version: 1,
    activeProfileId: 'AAAAAAAAAAA',
    profiles: [
      {
        id: 'AAAAAAAAAAA',
        nickname: 'Lan',
        createdAt: '2026-11-01T00:00:00.000Z',
        lessons: {},
        attempts: { [LESSON_SLUG]: [{ at: '2026-11-02T00:00:00.000Z', questionIds: [], correct: [], score: 100, passed: true }, { at: 'x', score: 900 }] },
      },
    ],
  });
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, kept]);
  await page.goto('/progress/');
  // A score of 900 is out of range, not "damaged": the notice says so.
  await expect(page.locator('#progress-notices')).toContainText('nằm ngoài giới hạn');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải bản sao 1' }).click();
  const file = await (await download).path();
  expect(readFileSync(file, 'utf8')).toBe(kept);
  await page.getByText('Chuyển tiến độ từ máy khác sang máy này').click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByLabel('Nhập tệp sao lưu').setInputFiles(file);
  await expect(page.getByText('1 mục không đọc được đã được bỏ qua')).toBeVisible();
  await expect(page.locator(`[data-quiz-row="${LESSON_SLUG}"] [data-best]`)).toHaveText('100% ✓');
});

test.describe('discreet mode and quick exit', () => {
  test('with discreet mode on, Back after a quick exit opens nothing about the topic', async ({ page }) => {
    // The page before the site (a neutral page, marked, stands in for "somewhere else"); discreet mode on.
    await page.goto('/cong-thuc/?truoc=1');
    await page.evaluate(() => localStorage.setItem('vungbuoc:discreet', '1'));
    // Walk the site: links and the header search.
    await page.goto('/');
    await page.locator('a[href="/tracks/student/"]').first().click();
    await expect(page).toHaveURL(/\/tracks\/student\/$/);
    await page.locator(`a[href="/lessons/${LESSON_SLUG}/"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/lessons/${LESSON_SLUG}/$`));
    await page.getByRole('button', { name: 'Tìm' }).first().click();
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('viec lam');
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=viec\+lam$/);
    await page.getByRole('link', { name: /Thoát nhanh/ }).click();
    await expect(page).toHaveURL(/\/cong-thuc\/$/);
    // Every page since "/" replaced the one before: Back goes to the page before the site.
    expect(await page.goBack()).not.toBeNull();
    await expect(page).toHaveURL(/\/cong-thuc\/\?truoc=1$/);
  });

  test('a quick exit tapped before the page\'s scripts have loaded still leaves the page out of history', async ({ page }) => {
    await page.goto('/cong-thuc/?truoc=1');
    // A slow phone: the lesson shows, its module scripts have not arrived (here they never do).
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(LESSON);
    await expect(page.locator('h1')).toBeVisible();
    expect(await page.evaluate(() => document.querySelectorAll('script[type="module"]').length)).toBeGreaterThan(0);
    await page.getByRole('link', { name: /Thoát nhanh/ }).click();
    await expect(page).toHaveURL(/\/cong-thuc\/$/);
    expect(await page.goBack()).not.toBeNull();
    await expect(page).toHaveURL(/\/cong-thuc\/\?truoc=1$/);
  });

  test('outside discreet mode, the exit help says what quick exit cannot hide and offers discreet mode', async ({ page }) => {
    await page.goto(LESSON);
    await page.getByRole('link', { name: 'Lịch sử trình duyệt: nút thoát che được gì?' }).click();
    await expect(page).toHaveURL(/\/help\/#history-title$/);
    await expect(page.locator('#history-title + p')).toContainText('vẫn còn trong lịch sử');
    await expect(page.getByRole('button', { name: 'Bật chế độ kín đáo' })).toBeVisible();
  });
});

test.describe('a 360 px phone at the largest text size', () => {
  const PAGES = [
    '/', '/tracks/student/', LESSON, `${LESSON}slides/`, `${LESSON}print/`, '/search/?q=111', '/progress/', '/class/',
    '/sessions/', '/sessions/tiet-hoc-45-phut/', '/sessions/tiet-hoc-45-phut/report/', '/sessions/tiet-hoc-45-phut/print/attendance/', '/reports/',
    '/quizzes/tiet-hoc-truoc/', '/help/', '/about/', '/en/', '/en/tracks/trainer/', '/en/lessons/viec-nhe-luong-cao/',
  ];

  test('nothing is wider than the screen on any page, and content starts in the top half', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('vungbuoc:text-size', 'larger'));
    const wide: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      // Islands render after the page loads: measure what the learner finally sees.
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${path}: ${width}px`);
    }
    // A report being typed: the tally boxes, then a paper sheet's answers.
    await page.goto('/sessions/tiet-hoc-45-phut/report/');
    await page.getByRole('button', { name: 'Thêm buổi mới' }).click();
    await expect(page.locator('[data-report-test="pre"] input').first()).toBeVisible();
    const widthNow = () => page.evaluate(() => document.documentElement.scrollWidth);
    if ((await widthNow()) > 360) wide.push(`report, tallies: ${await widthNow()}px`);
    const post = page.locator('[data-report-test="post"]');
    await post.getByLabel('Nhập từng phiếu').check();
    await post.getByRole('button', { name: 'Thêm phiếu' }).click();
    if ((await widthNow()) > 360) wide.push(`report, sheets: ${await widthNow()}px`);
    expect(wide).toEqual([]);
    await page.goto(LESSON);
    const top = await page.locator('main h1').evaluate((h1) => h1.getBoundingClientRect().top);
    expect(top).toBeLessThan(640 / 2);
  });

  test('one row for 111, 113 and quick exit; search and the menu open on demand; targets are 44 px', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('vungbuoc:text-size', 'larger'));
    await page.goto(LESSON);
    const tops = await page.locator('.safety-bar .call, .safety-bar .quick-exit').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await expect(page.locator('.site-nav')).toBeHidden();
    await expect(page.getByRole('searchbox', { name: 'Tìm kiếm' })).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
    const targets = page.locator('.site-nav a, .text-size button, .lang-switch, .help-strip .call, .quick-exit, .exit-help');
    for (const box of await targets.evaluateAll((els) => els.map((el) => ({ text: el.textContent?.trim(), h: el.getBoundingClientRect().height, w: el.getBoundingClientRect().width })))) {
      expect(box.h, box.text).toBeGreaterThanOrEqual(44);
      expect(box.w, box.text).toBeGreaterThanOrEqual(44);
    }
    const answers = await page.locator('.quiz-options label').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(answers.length).toBeGreaterThan(4);
    for (const h of answers) expect(h).toBeGreaterThanOrEqual(44);
    await page.getByRole('button', { name: 'Tìm' }).first().click();
    await expect(page.getByRole('searchbox', { name: 'Tìm kiếm' })).toBeFocused();
  });

  test('before the page\'s scripts arrive, the search and menu toggles already work', async ({ page }) => {
    // A slow phone: the page shows folded (the head script ran), its module scripts never come.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(LESSON);
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('.site-nav a').first()).toBeVisible();
    await page.getByRole('button', { name: 'Tìm' }).first().click();
    const box = page.getByRole('searchbox', { name: 'Tìm kiếm' });
    await expect(box).toBeFocused();
    await box.fill('viec lam');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=viec\+lam$/);
  });

  test('without JavaScript the header stays open: links, search and text size all reachable', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('.site-nav a').first()).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Tìm kiếm' })).toBeVisible();
    await expect(page.locator('.text-size button').first()).toBeVisible();
    await context.close();
  });
});

test('"Học tiếp" points to the next lesson not yet done, not to the one just finished', async ({ page }) => {
  const index = await readIndex(page);
  expect(index.tracks.student![0]).toBe(LESSON_SLUG);
  await passLessonQuiz(page);
  await page.goto('/');
  const card = page.locator('[data-continue]');
  await expect(card).toBeVisible();
  await expect(card.getByRole('link')).toHaveAttribute('href', `/lessons/${index.tracks.student![1]}/`);
});

test('English track and session pages name untranslated lessons and plans in English', async ({ page }) => {
  await page.goto('/en/tracks/trainer/');
  const first = page.locator('.lesson-list .lesson-title').first();
  await expect(first).not.toHaveAttribute('lang', 'vi');
  await expect(first).toHaveText(/[A-Za-z]/);
  expect(await first.textContent()).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
  for (const title of await page.locator('.lesson-list .lesson-title').all()) {
    expect(await title.textContent()).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
  }
  await page.goto('/en/sessions/');
  await expect(page.locator('.session-list h2')).toHaveCount(3);
  for (const title of await page.locator('.session-list h2').all()) {
    expect(await title.textContent()).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệ]/i);
  }
});
