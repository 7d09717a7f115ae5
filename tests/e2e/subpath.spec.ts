import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { crawlLinks, onePerType, visitPages } from './support/crawl.ts';
import { HOC_DIST, HOC_PORT } from './support/sites.ts';

/**
 * The `BASE_PATH=/hoc/` build on a plain static server: every internal link of every page
 * resolves and stays under /hoc/; and opening each page type in the browser makes no request
 * outside the origin, violates no CSP rule and throws nothing.
 */
test('a /hoc/ build has no broken internal link, makes no outside request and violates no CSP', async ({ page }) => {
  test.setTimeout(180_000);
  const links = await crawlLinks(`http://127.0.0.1:${HOC_PORT}/hoc/`, { mustStayUnder: '/hoc/' });
  expect(links.broken).toEqual([]);
  expect(links.outside).toEqual([]);
  expect(links.escaped).toEqual([]);
  expect(links.pages.length).toBeGreaterThan(100);

  const slugs = readdirSync(`${HOC_DIST}/lessons`).concat(readdirSync(`${HOC_DIST}/sessions`), readdirSync(`${HOC_DIST}/quizzes`), readdirSync(`${HOC_DIST}/tracks`));
  const types = onePerType(links.pages, slugs).map((url) => url.replace('127.0.0.1', 'school.test'));
  expect(types.length).toBeGreaterThan(15);
  const visit = await visitPages(page, types);
  expect(visit.outside).toEqual([]);
  expect(visit.failed).toEqual([]);
  expect(visit.cspViolations).toEqual([]);
  expect(visit.errors).toEqual([]);
});
