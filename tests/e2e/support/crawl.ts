/**
 * Crawling a built site, in two complementary passes:
 * - `crawlLinks` fetches every page over HTTP and checks every link and every file a page
 *   references (href/src): all resolve, none points outside the origin. Fast, so it covers all
 *   pages of both languages.
 * - `visitPages` opens pages in the browser (one of each page type is enough: they share their
 *   scripts) and records requests that leave the origin, failed requests, CSP violations and
 *   uncaught errors that only running the page can reveal.
 */
import type { Page } from '@playwright/test';

export interface LinkReport {
  pages: string[];
  broken: string[];
  outside: string[];
  escaped: string[];
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;

export async function crawlLinks(start: string, options: { mustStayUnder: string }): Promise<LinkReport> {
  const origin = new URL(start).origin;
  const report: LinkReport = { pages: [], broken: [], outside: [], escaped: [] };
  const checked = new Map<string, number>();
  const queue = [start];
  const seen = new Set(queue);
  const status = async (url: string) => {
    if (!checked.has(url)) checked.set(url, (await fetch(url, { redirect: 'follow' })).status);
    return checked.get(url)!;
  };
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await fetch(url);
    checked.set(url, response.status);
    if (response.status >= 400) {
      report.broken.push(`${response.status} ${url}`);
      continue;
    }
    if (!(response.headers.get('content-type') ?? '').includes('text/html')) continue;
    report.pages.push(url);
    const html = await response.text();
    for (const match of html.matchAll(ATTRIBUTE)) {
      const raw = match[1]!.replace(/&amp;/g, '&');
      if (!raw || raw.startsWith('#') || /^(tel|mailto|data|blob):/i.test(raw)) continue;
      const target = new URL(raw, url);
      target.hash = '';
      if (target.origin !== origin) {
        report.outside.push(`${url} → ${target}`);
        continue;
      }
      if (!target.pathname.startsWith(options.mustStayUnder)) report.escaped.push(`${url} → ${target.pathname}`);
      const key = target.toString();
      const isPage = key.endsWith('/') || key.endsWith('.html');
      if (isPage) {
        if (!seen.has(key)) {
          seen.add(key);
          queue.push(key);
        }
      } else if ((await status(key)) >= 400) {
        report.broken.push(`${checked.get(key)} ${key} (from ${url})`);
      }
    }
  }
  return report;
}

/** One URL per page type: slugs replaced by `*`, so `/lessons/a/slides/` stands for all decks. */
export function onePerType(urls: readonly string[], slugs: readonly string[]): string[] {
  const byType = new Map<string, string>();
  for (const url of urls) {
    const path = new URL(url).pathname;
    const type = path
      .split('/')
      .map((part) => (slugs.includes(part) ? '*' : part))
      .join('/');
    if (!byType.has(type)) byType.set(type, url);
  }
  return [...byType.values()];
}

export interface VisitReport {
  outside: string[];
  failed: string[];
  cspViolations: string[];
  errors: string[];
}

export async function visitPages(page: Page, urls: readonly string[]): Promise<VisitReport> {
  const report: VisitReport = { outside: [], failed: [], cspViolations: [], errors: [] };
  const origin = new URL(urls[0]!).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) report.outside.push(url);
  });
  page.on('response', (response) => {
    const url = response.url();
    if (url.startsWith(origin) && response.status() >= 400 && !url.endsWith('/local.json')) report.failed.push(`${response.status()} ${url}`);
  });
  page.on('pageerror', (error) => report.errors.push(`${page.url()}: ${error.message}`));
  await page.exposeFunction('__reportCsp', (text: string) => report.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCsp(text: string): void }).__reportCsp(`${event.violatedDirective} ${event.blockedURI} on ${location.pathname}`);
    });
  });
  for (const url of urls) {
    await page.goto(url);
    // Let late work (islands hydrating on scroll, deferred fetches) happen too.
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState('networkidle');
  }
  return report;
}
