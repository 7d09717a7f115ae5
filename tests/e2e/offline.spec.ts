import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { answerAll, openQuiz, RIGHT } from './support/quiz.ts';
import { seriousViolations } from './support/axe.ts';
import { serveCopy } from './support/temp-site.ts';
import { offlinePlan, type OfflineChoice, type OfflineManifest } from '../../src/lib/offline/manifest.ts';
import { formatSize } from '../../src/lib/text/size.ts';

/** The size a choice downloads, as the button must show it (from the site's own offline lists). */
function sizeOf(dir: string, locale: string, choice: OfflineChoice): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'offline-files.json'), 'utf8')) as OfflineManifest;
  return formatSize(offlinePlan(manifest.locales[locale]!, choice).bytes, locale);
}

/** Every URL path the download put in the site's caches. */
async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

/** Waits until a service worker controls the page (it registers on the learner's first interaction). */
async function controlled(page: Page) {
  await page.mouse.wheel(0, 200);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
}

test.describe('offline on demand (HTTPS or localhost)', () => {
  test('download once, go offline: an unvisited lesson, a quiz and a reload all work', async ({ browser }) => {
    test.setTimeout(120_000);
    const site = await serveCopy({ host: 'localhost' });
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(site.url);
      expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
      await controlled(page);
      const box = page.locator('[data-offline-download]');
      const button = box.getByRole('button', { name: `Tải về để dùng khi không có mạng (${sizeOf(site.dir, 'vi', { kind: 'all' })})` });
      await expect(button).toBeVisible();
      // Copies an older build left behind: a renamed search shard and a renamed script.
      const leftovers = ['/search-index/vi/s-from-an-older-build.json', '/_astro/from-an-older-build.js'];
      await page.evaluate(async ([shard, script]) => {
        await (await caches.open('vb-data')).put(shard!, new Response('{}'));
        await (await caches.open('vb-assets')).put(script!, new Response(''));
      }, leftovers);
      await expect(box.getByRole('radio', { name: `Mọi bài học (${sizeOf(site.dir, 'vi', { kind: 'all' })})` })).toBeChecked();
      // Nothing beyond the visited page and the small shell is fetched before the learner asks.
      const pagesBefore = await page.evaluate(async () => (await (await caches.open('vb-pages')).keys()).length);
      expect(pagesBefore).toBeLessThanOrEqual(1);
      await button.click();
      await expect(box.locator('[data-offline-status]')).toHaveText('Xong. Bạn có thể mở các bài học kể cả khi không có mạng.', { timeout: 60_000 });
      // Lessons and their slides, but no printout, no presenter view and no English page.
      const cached = await cachedPaths(page);
      expect(cached).toEqual(expect.arrayContaining(['/lessons/khi-ban-gap-nguy-hiem/', '/lessons/truoc-khi-day/slides/', '/search-index/vi.json']));
      expect(cached.filter((path) => /\/print\/|\/presenter\/|^\/en\//.test(path))).toEqual([]);
      // What the current build no longer has was deleted once the download was complete.
      expect(cached).not.toEqual(expect.arrayContaining([leftovers[0]]));
      expect(cached).not.toEqual(expect.arrayContaining([leftovers[1]]));
      expect(cached.filter((path) => path.startsWith('/_astro/')).length).toBeGreaterThan(0);

      await context.setOffline(true);
      await page.goto(`${site.url}lessons/khi-ban-gap-nguy-hiem/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('#offline-indicator')).toBeVisible();
      await expect(page.locator('[data-quick-exit]')).toBeVisible();

      // Every page's header search form submits /search/?q=…: the downloaded search page answers any query.
      const headerBox = page.getByRole('banner').getByRole('searchbox', { name: 'Tìm kiếm' });
      await headerBox.fill('việc nhẹ lương cao');
      await headerBox.press('Enter');
      await expect(page).toHaveURL(`${site.url}search/?q=vi%E1%BB%87c+nh%E1%BA%B9+l%C6%B0%C6%A1ng+cao`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm kiếm bài học');
      await expect(page.locator('[data-search-result]').first().getByRole('link')).toHaveAttribute('href', '/lessons/viec-nhe-luong-cao/');
      // Every shard and lesson text was downloaded: any other query, with its snippets, works too.
      await expect(page.locator('[data-search-result]').first().locator('.search-result__snippet mark').first()).toBeVisible();
      await page.getByRole('main').getByRole('searchbox', { name: 'Tìm kiếm', exact: true }).fill('ho chieu');
      await expect(page.locator('[data-search-result] .search-result__snippet mark').first()).toHaveText(/^(h[ọộồ]|chi[ếề]u)$/i);
      await expect(page.locator('[data-search-app] [role="alert"]')).toHaveCount(0);
      await page.goto(`${site.url}en/search/?q=passport`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trang này chưa được tải về');

      await page.goto(`${site.url}lessons/mua-ban-nguoi-la-gi/`);
      const quiz = await openQuiz(page);
      await answerAll(page, RIGHT);
      await quiz.getByRole('button', { name: 'Xem kết quả' }).click();
      await expect(quiz.locator('.quiz-score')).toContainText('(100%)');

      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mua bán người là gì?');

      await page.goto(`${site.url}tracks/student/`);
      await expect(page.locator('[data-lesson="mua-ban-nguoi-la-gi"] [data-done-badge]')).toBeVisible();

      // A page that was never downloaded gives the offline page, with the safety chrome.
      await page.goto(`${site.url}khong-co-trang-nay/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trang này chưa được tải về');
      await expect(page.locator('[data-quick-exit]')).toBeVisible();
      // Quick exit still works offline: the neutral page is in the shell.
      await page.getByRole('link', { name: /Thoát nhanh/ }).click();
      await expect(page).toHaveTitle('Cách nấu canh chua cá');
    } finally {
      await context.close();
      await site.close();
    }
  });

  test('after a new build, search online reads the new manifest, never a kept copy naming shards that are gone', async ({ browser }) => {
    test.setTimeout(60_000);
    const site = await serveCopy({ host: 'localhost' });
    const context = await browser.newContext();
    const page = await context.newPage();
    const results = page.locator('[data-search-result]');
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Tìm kiếm', exact: true });
    try {
      await page.goto(`${site.url}search/`);
      await controlled(page);
      // Loaded again under the service worker, which now keeps a copy of the manifest.
      await page.reload();
      await box.fill('lua dao');
      await expect(results.first()).toBeVisible();
      // A rebuild gives every shard a new name (their content changed) and the manifest lists them.
      const manifestFile = join(site.dir, 'search-index/vi.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { shards: string[] };
      manifest.shards = manifest.shards.map((name) => {
        const renamed = name.replace(/^s-/, 's-new');
        renameSync(join(site.dir, 'search-index/vi', name), join(site.dir, 'search-index/vi', renamed));
        return renamed;
      });
      writeFileSync(manifestFile, JSON.stringify(manifest));
      const oldShards = (await cachedPaths(page)).filter((path) => /\/search-index\/vi\/s-[^n]/.test(path));
      expect(oldShards.length).toBeGreaterThan(0);
      await page.reload();
      await box.fill('ho chieu');
      await expect(results.first()).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      // The shards of the old build are deleted from the offline cache; the new ones are kept.
      await expect.poll(async () => (await cachedPaths(page)).filter((path) => oldShards.includes(path))).toEqual([]);
      expect((await cachedPaths(page)).some((path) => path.startsWith('/search-index/vi/s-new'))).toBe(true);
    } finally {
      await context.close();
      await site.close();
    }
  });

  test('a phone with little space downloads one track\'s lessons only, and sees that size first', async ({ browser }) => {
    test.setTimeout(120_000);
    const site = await serveCopy({ host: 'localhost' });
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}tracks/student/`);
      await controlled(page);
      const box = page.locator('[data-offline-download]');
      const all = sizeOf(site.dir, 'vi', { kind: 'all' });
      const student = sizeOf(site.dir, 'vi', { kind: 'track', track: 'student' });
      expect(student).not.toBe(all);
      await expect(box.getByRole('button', { name: `Tải về để dùng khi không có mạng (${all})` })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await box.getByRole('radio', { name: `Chỉ các bài của lộ trình Học sinh (${student})` }).check();
      const button = box.getByRole('button', { name: `Tải về để dùng khi không có mạng (${student})` });
      await button.click();
      await expect(box.locator('[data-offline-status]')).toHaveText('Xong. Bạn có thể mở các bài học kể cả khi không có mạng.', { timeout: 60_000 });
      const cached = await cachedPaths(page);
      expect(cached).toEqual(expect.arrayContaining(['/lessons/khi-ban-gap-nguy-hiem/', '/lessons/khi-ban-gap-nguy-hiem/slides/', '/search-index/vi.json', '/tracks/teacher/']));
      // Another track's lessons stay on the server.
      expect(cached).not.toContain('/lessons/truoc-khi-day/');

      await context.setOffline(true);
      await page.goto(`${site.url}lessons/khi-ban-gap-nguy-hiem/slides/`);
      await expect(page.locator('[data-deck]')).toBeVisible();
    } finally {
      await context.close();
      await site.close();
    }
  });

  test('after a new build, a polite prompt offers to reload', async ({ browser }) => {
    test.setTimeout(60_000);
    const site = await serveCopy({ host: 'localhost' });
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(site.url);
      await controlled(page);
      await expect(page.locator('#update-prompt')).toBeHidden();
      // A rebuild changes the service worker's precache list; simulate it by changing sw.js.
      const sw = join(site.dir, 'sw.js');
      writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// rebuilt ${Date.now()}\n`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      const prompt = page.locator('#update-prompt');
      await expect(prompt).toBeVisible({ timeout: 20_000 });
      await expect(prompt).toContainText('Đã có phiên bản mới của trang.');
      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Tải lại để dùng bản mới' }).click()]);
      await expect(page.locator('#update-prompt')).toBeHidden();
    } finally {
      await context.close();
      await site.close();
    }
  });
});

test('on a plain-HTTP school address there is no service worker, everything else works, nothing throws', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  expect(await page.evaluate(() => ({ secure: window.isSecureContext, sw: 'serviceWorker' in navigator }))).toEqual({ secure: false, sw: false });
  await expect(page.locator('[data-offline-unsupported]')).toBeVisible();
  await page.goto('/about/');
  await expect(page.locator('[data-insecure-note]')).toBeVisible();
  await expect(page.locator('[data-insecure-note]')).toContainText('HTTP thường');
  await page.goto('/lessons/mua-ban-nguoi-la-gi/');
  const quiz = await openQuiz(page);
  await answerAll(page, RIGHT);
  await quiz.getByRole('button', { name: 'Xem kết quả' }).click();
  await expect(quiz.locator('.quiz-score')).toContainText('(100%)');
  await page.goto('/progress/');
  await expect(page.locator('[data-ready]')).toBeVisible();
  expect(errors).toEqual([]);
});
