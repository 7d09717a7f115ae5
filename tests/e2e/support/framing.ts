/**
 * A page on another origin that tries to frame one of the site's pages (clickjacking: a hostile
 * page overlays /progress/ and tricks a learner into clicking "forget me" or "import").
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';

/**
 * Serves, on its own loopback port (so its own origin), a page with one iframe of `target`, opens
 * it and waits for the frame to finish loading. Returns the URL the frame ended on and whether
 * the site's page is readable in it: a refused frame ends on Chromium's error page.
 */
export async function frameFromAnotherOrigin(page: Page, target: string): Promise<{ frameUrl: string; framedHeading: string | null }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><title>other</title><h1>Another site</h1>` +
        `<iframe src="${target}" width="800" height="600" onload="document.title = 'framed'"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    // The iframe's load event fires both when the page shows and when the browser refuses it.
    await page.waitForFunction(() => document.title === 'framed');
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    if (!frame) throw new Error('the framing page has no iframe');
    const heading = frame.url() === target ? await frame.locator('h1').first().textContent() : null;
    return { frameUrl: frame.url(), framedHeading: heading };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
