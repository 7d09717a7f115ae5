import { expect, test } from '@playwright/test';
import { SCHOOL_HOC } from './support/sites.ts';

/**
 * Crawls the `BASE_PATH=/hoc/` build on a plain static server: every internal link resolves,
 * and no page ever requests anything outside its own origin.
 */
test('a /hoc/ build has no broken internal link and makes no outside request', async ({ page }) => {
  test.setTimeout(180_000);
  const origin = new URL(SCHOOL_HOC).origin;
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  page.on('response', (response) => {
    if (response.url().startsWith(origin) && response.status() >= 400 && !response.url().endsWith('/local.json')) {
      failed.push(`${response.status()} ${response.url()}`);
    }
  });

  const queue = [SCHOOL_HOC];
  const seen = new Set(queue);
  const broken: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await page.goto(url);
    if (!response || response.status() >= 400) {
      broken.push(`${response?.status()} ${url}`);
      continue;
    }
    const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const target = new URL(href);
      target.hash = '';
      if (target.origin !== origin) continue;
      expect(target.pathname.startsWith('/hoc/'), `${url} links to ${target.pathname} outside /hoc/`).toBe(true);
      const key = target.toString();
      if (!seen.has(key)) {
        seen.add(key);
        queue.push(key);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(failed).toEqual([]);
  expect(outside).toEqual([]);
  expect(seen.size).toBeGreaterThan(20);
});
