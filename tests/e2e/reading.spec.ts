import { expect, test } from '@playwright/test';

test.describe('reading the curriculum', () => {
  test('home → track → lesson → next lesson', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Học sinh' }).click();
    await expect(page).toHaveURL(/\/tracks\/student\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lộ trình: Học sinh');

    const firstLesson = page.locator('[data-lesson] a.lesson-title').first();
    const firstTitle = (await firstLesson.textContent())!.trim();
    await firstLesson.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
    await expect(page.getByRole('navigation', { name: 'Bạn đang ở' })).toContainText('Học sinh');

    const next = page.locator('a[rel="next"]');
    const nextTitle = (await next.locator('span').textContent())!.trim();
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
    await expect(page.locator('a[rel="prev"]')).toContainText(firstTitle);
  });

  test('a lesson shows its parts and hides speaker notes', async ({ page }) => {
    await page.goto('/lessons/mua-ban-nguoi-la-gi/');
    await expect(page.getByRole('heading', { name: 'Mục tiêu bài học' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Điều cần nhớ' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nơi tìm trợ giúp' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nguồn thông tin' })).toBeVisible();
    await expect(page.getByText(/Rà soát lần cuối: \d{1,2}\/\d{1,2}\/\d{4}/)).toBeVisible();
    await expect(page.locator('.callout-scenario')).toContainText('Tình huống');
    await expect(page.locator('.callout-hotline a[href="tel:111"]').first()).toBeVisible();
    const html = await page.content();
    expect(html).not.toContain('speaker-notes');
    expect(html).not.toContain('Giải thích cho lớp');
  });

  test('a lesson reads in full with JavaScript turned off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/lessons/mua-ban-nguoi-la-gi/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mua bán người là gì?');
    await expect(page.getByRole('heading', { name: 'Dưới 18 tuổi: “tự nguyện” không thay đổi điều gì' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Điều cần nhớ' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Gọi 111/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /Thoát nhanh/ })).toHaveAttribute('href', '/cong-thuc/');
    await context.close();
  });

  test('the table of contents links to each section', async ({ page }) => {
    await page.goto('/lessons/mua-ban-nguoi-la-gi/');
    await page.locator('nav.toc summary').click();
    await page.getByRole('link', { name: 'Người bị mua bán không có lỗi' }).click();
    await expect(page).toHaveURL(/#nguoi-bi-mua-ban-khong-co-loi$/);
  });
});

test.describe('two languages', () => {
  test('the language switch keeps the current page', async ({ page }) => {
    await page.goto('/lessons/mua-ban-nguoi-la-gi/');
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/en\/lessons\/mua-ban-nguoi-la-gi\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/lessons\/mua-ban-nguoi-la-gi\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

    await page.goto('/help/');
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/en\/help\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help');
  });

  test('an English lesson names its untranslated neighbour by its English title', async ({ page }) => {
    // viec-nhe-luong-cao is translated; the next lesson, ban-moi-tren-mang, has only an English title.
    await page.goto('/en/lessons/viec-nhe-luong-cao/');
    const next = page.locator('a[rel="next"] span');
    await expect(next).toHaveText('New friends online: when sweet words are a trap');
    await expect(next).not.toHaveAttribute('lang', /.+/);
  });

  test('an untranslated lesson says so and falls back to Vietnamese', async ({ page }) => {
    await page.goto('/en/tracks/student/');
    const untranslated = page.locator('[data-lesson]').filter({ hasText: 'Vietnamese only' }).first();
    await expect(untranslated).toBeVisible();
    const href = await untranslated.locator('a.lesson-title').getAttribute('href');
    expect(href).toMatch(/^\/lessons\/[a-z0-9-]+\/$/);
    const slug = href!.split('/')[2];
    await page.goto(`/en/lessons/${slug}/`);
    await expect(page.getByText('This lesson has no English translation yet.')).toBeVisible();
    await expect(page.locator('article.lesson')).toHaveCount(0);
    const link = page.locator('[data-lesson-notice-link]');
    await expect(link).toHaveAttribute('href', `/lessons/${slug}/`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/lessons/${slug}/$`));
    await expect(page.locator('article.lesson')).toBeVisible();
  });

  test('an untranslated lesson\'s English pages are a short notice in English, not a second copy', async ({ page }) => {
    // ban-moi-tren-mang has no English body; its file carries an English title and summary.
    const slug = 'ban-moi-tren-mang';
    const views: Array<[string, string, string]> = [
      ['', 'Read it in Vietnamese', ''],
      ['slides/', 'Open the slides in Vietnamese', 'slides/'],
      ['slides/presenter/', 'Open the presenter view in Vietnamese', 'slides/presenter/'],
      ['print/', 'Open the handout in Vietnamese', 'print/'],
      ['print/large/', 'Open the large-print paper in Vietnamese', 'print/large/'],
      ['print/script/', 'Open the trainer script in Vietnamese', 'print/script/'],
    ];
    for (const [path, linkText, target] of views) {
      await page.goto(`/en/lessons/${slug}/${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('New friends online: when sweet words are a trap');
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', /.+/);
      await expect(page.locator('.lead')).toContainText('Recognise when someone you have just met online is luring you');
      await expect(page.getByRole('note')).toHaveText('This lesson has no English translation yet.');
      await expect(page.getByRole('link', { name: linkText })).toHaveAttribute('href', `/lessons/${slug}/${target}`);
      // No Vietnamese lesson text, no slides and no speaker notes are copied into the English page.
      await expect(page.locator('.lesson-body, .slide-frame, .speaker-notes, [data-lesson-paper]')).toHaveCount(0);
    }
  });
});
