/**
 * Page-weight benchmark: builds the site into `.bench/pages/` (timing the build), then opens one
 * page of each type in Chromium on a real static server and records what crossed the wire —
 * HTML, CSS and JS, gzip -9 sizes of each file as a server with gzip would send them — and the
 * JS loaded before the learner scrolls. Also: progress-code length for 20 finished lessons,
 * and the gz size of the quiz island and deck scripts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../../tests/e2e/support/browser.ts';
import { encodeProgressCode, summarizeProfile } from '../../lib/progress/code.ts';
import type { ProgressIndex } from '../../lib/progress/rules.ts';
import type { Profile } from '../../lib/progress/schema.ts';
import { startServer } from '../serve.ts';
import { kb, type Row } from './table.ts';

const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ['track', '/tracks/student/'],
  ['lesson', '/lessons/viec-nhe-luong-cao/'],
  ['search', '/search/?q=viec%20nhe%20luong%20cao'],
  ['slides', '/lessons/viec-nhe-luong-cao/slides/'],
  ['presenter', '/lessons/viec-nhe-luong-cao/slides/presenter/'],
  ['progress', '/progress/'],
  ['class', '/class/'],
  ['session plan', '/sessions/tiet-hoc-45-phut/'],
  ['session report', '/sessions/tiet-hoc-45-phut/report/'],
  ['programme roll-up', '/reports/'],
  ['help', '/help/'],
];

function build(root: string, out: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, VUNG_BUOC_OUT: out, VUNG_BUOC_CACHE: join(root, '.bench/pages-cache'), BASE_PATH: '/' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr.toString().slice(-2000)}`);
  return performance.now() - started;
}

const gz = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

/** The progress code of a learner who finished 20 lessons with 6-question quizzes. */
function codeLengthFor20Lessons(): number {
  const questionIds = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];
  const slugs = Array.from({ length: 20 }, (_, i) => `bai-hoc-so-${i + 1}`);
  const index: ProgressIndex = {
    lessons: slugs.map((slug) => ({ slug, track: 'student', hasQuiz: true })),
    quizzes: Object.fromEntries(slugs.map((slug) => [slug, { passMark: 70, questionIds, kind: 'lesson' as const }])),
  };
  const profile: Profile = {
    id: 'AAECAwQFBgc',
    nickname: 'Nguyễn Lan Anh',
    createdAt: '2026-11-01T00:00:00.000Z',
    lessons: {},
    attempts: Object.fromEntries(
      slugs.map((slug, i) => [slug, [{ at: '2026-11-20T00:00:00.000Z', questionIds, correct: questionIds.filter((_, j) => (i + j) % 4 !== 0), score: 83, passed: true }]]),
    ),
  };
  return encodeProgressCode(summarizeProfile(profile, index, new Date('2026-11-27T00:00:00Z'))).length;
}

export async function benchPages(): Promise<Row[]> {
  const root = process.cwd();
  const out = join(root, '.bench/pages');
  const rows: Row[] = [];
  const buildMs = build(root, out);
  rows.push({ section: 'build', metric: 'astro build (repo content, both languages)', value: `${(buildMs / 1000).toFixed(1)} s`, note: 'includes content check and service worker' });

  const server = await startServer({ dir: out, port: 0, host: '127.0.0.1', base: '/' });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    for (const [name, path] of PAGES) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      const seen = new Map<string, { type: string; bytes: number; beforeScroll: boolean }>();
      let scrolled = false;
      page.on('response', async (response) => {
        const url = new URL(response.url());
        if (url.port !== String(port) || response.status() !== 200) return;
        const type = response.request().resourceType();
        try {
          const body = await response.body();
          seen.set(url.pathname + url.search, { type, bytes: gz(body), beforeScroll: !scrolled });
        } catch {
          // Redirects and aborted requests have no body.
        }
      });
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      const firstLoad = [...seen.values()];
      scrolled = true;
      // Scroll like a reader, so islands that hydrate when visible get the chance to.
      for (let step = 0; step < 40; step++) {
        await page.mouse.wheel(0, 600);
        await page.waitForTimeout(50);
      }
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const sum = (list: typeof firstLoad, type: string) => list.filter((r) => r.type === type).reduce((a, r) => a + r.bytes, 0);
      const all = [...seen.values()];
      const total = firstLoad.reduce((a, r) => a + r.bytes, 0);
      rows.push({
        section: 'pages',
        metric: `${name}: first load (HTML/CSS/JS gz)`,
        value: `${kb(total)} (${kb(sum(firstLoad, 'document'))} / ${kb(sum(firstLoad, 'stylesheet'))} / ${kb(sum(firstLoad, 'script'))})`,
        budget: name === 'lesson' ? '≤ 60 KB' : undefined,
      });
      rows.push({
        section: 'pages',
        metric: `${name}: JS before scroll / after scrolling to the end (gz)`,
        value: `${kb(sum(firstLoad, 'script'))} / ${kb(sum(all, 'script'))}`,
        budget: name === 'lesson' ? '≤ 10 KB before scroll' : undefined,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }

  const astroDir = join(out, '_astro');
  const { readdirSync } = await import('node:fs');
  const files = readdirSync(astroDir);
  const size = (pattern: RegExp) =>
    files.filter((f) => pattern.test(f)).reduce((a, f) => a + gz(readFileSync(join(astroDir, f))), 0);
  rows.push({ section: 'islands', metric: 'quiz island chunk (gz)', value: kb(size(/^Quiz\..*\.js$/)), note: 'plus the shared React runtime below' });
  rows.push({ section: 'islands', metric: 'React runtime, shared by every island (gz)', value: kb(size(/^client\..*\.js$/)) });
  rows.push({ section: 'islands', metric: 'slides deck scripts (gz)', value: kb(size(/^(Slides\.astro|slides-).*\.js$/)) });
  rows.push({ section: 'progress', metric: 'progress code, 20 lessons finished', value: `${codeLengthFor20Lessons()} characters`, budget: 'one chat message' });
  return rows;
}
