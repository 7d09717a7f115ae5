/**
 * Clickjacking: no other site may show the site's pages in a frame. `npm run serve` (the server
 * these tests run on) sends the same framing headers as the README's server examples; a CSP
 * meta tag cannot carry frame-ancestors, so only response headers can do this.
 */
import { expect, test } from '@playwright/test';
import { frameFromAnotherOrigin } from './support/framing.ts';
import { ROOT_PORT, SCHOOL } from './support/sites.ts';

test('npm run serve tells browsers that only the site itself may frame its pages', async ({ request }) => {
  for (const path of ['/', '/progress/', '/khong-co/']) {
    // Node's fetch cannot resolve school.test; the browser can (see playwright.config.ts).
    const response = await request.get(`http://127.0.0.1:${ROOT_PORT}${path}`);
    expect(response.headers()['content-security-policy'], path).toBe("frame-ancestors 'self'");
    expect(response.headers()['x-frame-options'], path).toBe('SAMEORIGIN');
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(response.headers()['referrer-policy'], path).toBe('no-referrer');
  }
});

test('a page on another origin cannot frame /progress/ from npm run serve', async ({ page }) => {
  const target = `${SCHOOL}/progress/`;
  const framed = await frameFromAnotherOrigin(page, target);
  expect(framed.framedHeading).toBeNull();
  expect(framed.frameUrl).not.toBe(target);
});
