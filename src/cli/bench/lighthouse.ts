/**
 * Lighthouse mobile scores (opt-in: `npm run bench -- lighthouse`). Lighthouse is not a
 * dependency: it is fetched into npx's cache at the version pinned here, which runs on the
 * machine's Node 20, and drives Debian's Chromium. Uses the build from the `pages` section
 * (`.bench/pages`), building it first if needed.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { findChromium } from '../../../tests/e2e/support/browser.ts';
import { startServer } from '../serve.ts';
import type { Row } from './table.ts';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ['lesson', '/lessons/viec-nhe-luong-cao/'],
  ['search', '/search/?q=viec%20nhe%20luong%20cao'],
  ['slides', '/lessons/viec-nhe-luong-cao/slides/'],
];

export async function benchLighthouse(): Promise<Row[]> {
  const root = process.cwd();
  const out = join(root, '.bench/pages');
  if (!existsSync(join(out, 'index.html'))) {
    const built = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: { ...process.env, VUNG_BUOC_OUT: out, VUNG_BUOC_CACHE: join(root, '.bench/pages-cache'), BASE_PATH: '/' },
      stdio: 'ignore',
    });
    if (built.status !== 0) throw new Error('build failed');
  }
  const server = await startServer({ dir: out, port: 0, host: '127.0.0.1', base: '/' });
  const { port } = server.address() as AddressInfo;
  const work = mkdtempSync(join(tmpdir(), 'vung-buoc-lh-'));
  const rows: Row[] = [];
  try {
    for (const [name, path] of PAGES) {
      const report = join(work, `${name}.json`);
      // npx runs Lighthouse with the system Node (20), which it supports. Asynchronously: the
      // static server lives in this process and must keep answering while Lighthouse loads pages.
      await promisify(execFile)('npx', ['--yes', LIGHTHOUSE, `http://127.0.0.1:${port}${path}`, '--quiet', '--output=json', `--output-path=${report}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking'], {
        env: { ...process.env, CHROME_PATH: findChromium(), PATH: process.env.PATH!.split(':').filter((p) => !p.includes('node_modules')).join(':') },
        maxBuffer: 64 * 1024 * 1024,
      });
      const result = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number }>; audits: Record<string, { numericValue?: number }> };
      const score = (key: string) => Math.round((result.categories[key]?.score ?? 0) * 100);
      rows.push({
        section: 'lighthouse',
        metric: `${name} (mobile): perf / a11y / best practices / SEO`,
        value: `${score('performance')} / ${score('accessibility')} / ${score('best-practices')} / ${score('seo')}`,
        note: `LCP ${Math.round(result.audits['largest-contentful-paint']?.numericValue ?? 0)} ms, TBT ${Math.round(result.audits['total-blocking-time']?.numericValue ?? 0)} ms; SEO is low on purpose (noindex)`,
      });
    }
  } finally {
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}
