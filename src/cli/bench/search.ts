/**
 * Search benchmark: index size per locale (raw and gzip -9), index build time, query latency in
 * Node, and time to first result in Chromium — for the project's content and for a generated
 * 500-lesson corpus. Sites are built into `.bench/search/` with their own caches, so the
 * benchmark never touches `dist/`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { tables, type UiLocale } from '../../i18n/index.ts';
import { buildSearchIndex } from '../../lib/search/build.ts';
import { catalogSearchDocuments } from '../../lib/search/document.ts';
import { isSearchIndexFile, type SearchIndexFile } from '../../lib/search/format.ts';
import { loadSearchIndex } from '../../lib/search/load.ts';
import { searchLessons } from '../../lib/search/query.ts';
import { makeSnippet } from '../../lib/search/snippet.ts';
import { wordSpans, type WordSpan } from '../../lib/search/terms.ts';
import { searchIndexPath } from '../../lib/search/paths.ts';
import { CHROMIUM_ARGS, findChromium } from '../../../tests/e2e/support/browser.ts';
import { startServer } from '../serve.ts';
import { generateLessonCorpus } from './corpus.ts';
import { readCatalog } from './content.ts';
import { kb, ms, quantile, type Row } from './table.ts';

const LOCALES: UiLocale[] = ['vi', 'en'];
const CORPUS_LESSONS = 500;
/** Results a page shows at once (each needs a snippet). */
const SHOWN = 20;

function typedLetterByLetter(text: string): string[] {
  return Array.from(text, (_letter, i) => text.slice(0, i + 1));
}

/**
 * A fixed query list: with and without diacritics, multi-word, a typo, English, and one query
 * typed letter by letter (every keystroke is a search).
 */
export const BENCH_QUERIES = [
  'việc nhẹ lương cao', 'viec nhe luong cao', 'mua bán người', 'mua ban nguoi', 'đường', 'duong',
  'hộ chiếu', 'ho chieu', 'lừa đảo qua mạng', 'lua dao', 'xuất khẩu lao động', 'xuat khau lao dong',
  'đường dây nóng 111', 'tái hòa nhập', 'tai hoa nhap', 'giáo viên', 'kết hôn với người nước ngoài',
  'ket hon', 'bạn mới trên mạng', 'dau hieu canh bao', 'trafficking', 'tuyenn dung', 'căn cước',
  ...typedLetterByLetter('viec nhe luong cao'),
];

function buildSite(root: string, options: { out: string; cache: string; content?: string }): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: {
      ...process.env,
      VUNG_BUOC_OUT: options.out,
      VUNG_BUOC_CACHE: options.cache,
      ...(options.content ? { VUNG_BUOC_CONTENT: options.content } : {}),
      BASE_PATH: '/',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`astro build failed for ${options.out}:\n${result.stderr.slice(-2000)}`);
  return performance.now() - started;
}

function readIndex(dist: string, locale: string): { text: string; file: SearchIndexFile } {
  const text = readFileSync(join(dist, searchIndexPath(locale)), 'utf8');
  const file: unknown = JSON.parse(text);
  if (!isSearchIndexFile(file)) throw new Error(`${dist}${searchIndexPath(locale)} is not a search index`);
  return { text, file };
}

/** Median time to build one locale's index in-process (catalog → documents → JSON). */
function indexBuildTime(contentRoot: string, locale: UiLocale): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const catalog = readCatalog(contentRoot, locale);
    const docs = catalogSearchDocuments(catalog, { trackLabel: (track) => tables[locale][`track.${track}` as 'track.student'] });
    JSON.stringify(buildSearchIndex(docs, locale));
    runs.push(performance.now() - started);
  }
  return quantile(runs, 0.5);
}

/** Query latency over BENCH_QUERIES: ranking alone, and ranking plus the snippets a page shows. */
function queryLatency(file: SearchIndexFile): { load: number; search: number[]; page: number[] } {
  const loadStarted = performance.now();
  const index = loadSearchIndex(JSON.parse(JSON.stringify(file)) as SearchIndexFile);
  const load = performance.now() - loadStarted;
  const spans = new Map<string, WordSpan[]>();
  const spansOf = (key: string, text: string) => spans.get(key) ?? spans.set(key, wordSpans(text)).get(key)!;
  const search: number[] = [];
  const page: number[] = [];
  for (let round = 0; round < 13; round++) {
    for (const query of BENCH_QUERIES) {
      const started = performance.now();
      const outcome = searchLessons(index, query);
      const searched = performance.now();
      for (const result of outcome.results.slice(0, SHOWN)) {
        makeSnippet(result.doc.summary, outcome.words, { spans: spansOf(`s${result.ref}`, result.doc.summary) });
        makeSnippet(result.doc.text, outcome.words, { spans: spansOf(`t${result.ref}`, result.doc.text) });
      }
      const done = performance.now();
      if (round < 3) continue; // warm-up: JIT and the snippet span cache, as after a few keystrokes
      search.push(searched - started);
      page.push(done - started);
    }
  }
  return { load, search, page };
}

/** Time from navigation to the first result on /search/?q=…, median of a few fresh visits. */
async function timeToFirstResult(dist: string, cpuSlowdown: number): Promise<{ ready: number; first: number }> {
  const server = await startServer({ dir: dist, port: 0, host: '127.0.0.1', base: '/', quiet: true });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const ready: number[] = [];
  const first: number[] = [];
  try {
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      if (cpuSlowdown > 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      }
      await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent('viec nhe luong cao')}`);
      await page.locator('[data-search-result]').first().waitFor({ timeout: 60_000 });
      const marks = await page.evaluate(() => ({
        ready: performance.getEntriesByName('vb:search-index-ready')[0]?.startTime ?? Number.NaN,
        first: performance.getEntriesByName('vb:search-first-result')[0]?.startTime ?? Number.NaN,
      }));
      ready.push(marks.ready);
      first.push(marks.first);
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return { ready: quantile(ready, 0.5), first: quantile(first, 0.5) };
}

export async function benchSearch(): Promise<Row[]> {
  const root = process.cwd();
  const work = join(root, '.bench', 'search');
  const rows: Row[] = [];
  const row = (metric: string, value: string, budget?: string, note?: string) => rows.push({ section: 'search', metric, value, budget, note });

  const corpusRoot = join(work, 'corpus');
  const generated = generateLessonCorpus({ root, to: join(corpusRoot, 'content'), lessons: CORPUS_LESSONS });

  const sites = [
    { label: 'repo', contentRoot: root, out: join(work, 'dist-repo'), content: undefined as string | undefined },
    { label: `${CORPUS_LESSONS} lessons`, contentRoot: corpusRoot, out: join(work, 'dist-corpus'), content: join(corpusRoot, 'content') },
  ];

  for (const site of sites) {
    const buildTime = buildSite(root, { out: site.out, cache: join(root, 'node_modules', `.astro-bench-search-${site.label.replace(/\W+/g, '-')}`), content: site.content });
    row(`site build (${site.label})`, ms(buildTime), undefined, site.content ? `whole site, ${generated} generated lessons + the repo's` : 'whole site, both locales');
    for (const locale of LOCALES) {
      if (!existsSync(join(site.out, searchIndexPath(locale)))) throw new Error(`no ${searchIndexPath(locale)} in ${site.out}`);
      const { text, file } = readIndex(site.out, locale);
      const raw = Buffer.byteLength(text);
      const gz = gzipSync(text, { level: 9 }).length;
      const docsGz = gzipSync(JSON.stringify(file.docs), { level: 9 }).length;
      const shipped = site.content === undefined;
      row(`index ${locale} (${site.label}) raw`, kb(raw), undefined, `${file.docs.length} lessons, ${file.terms.length} terms`);
      row(`index ${locale} (${site.label}) gz -9`, kb(gz), shipped ? '≤ 150 KB' : undefined, `of which snippet text ${kb(docsGz)}`);
      row(`index ${locale} (${site.label}) build`, ms(indexBuildTime(site.contentRoot, locale)), undefined, 'in Node: catalog → documents → JSON');
      const latency = queryLatency(file);
      row(`index ${locale} (${site.label}) load`, ms(latency.load), undefined, 'JSON.parse + postings, Node');
      row(`query ${locale} (${site.label}) p50 / p95`, `${ms(quantile(latency.search, 0.5))} / ${ms(quantile(latency.search, 0.95))}`, 'p95 ≤ 10 ms', `${BENCH_QUERIES.length} queries × 10, Node`);
      row(`query+snippets ${locale} (${site.label}) p50 / p95`, `${ms(quantile(latency.page, 0.5))} / ${ms(quantile(latency.page, 0.95))}`, undefined, `with snippets for the first ${SHOWN} results`);
    }
    for (const slowdown of [1, 4]) {
      const timing = await timeToFirstResult(site.out, slowdown);
      row(`first result in Chromium (${site.label}, CPU ×${slowdown})`, ms(timing.first), undefined, `index ready at ${ms(timing.ready)}; vi, /search/?q=viec nhe luong cao, cold cache`);
    }
  }
  return rows;
}
