/**
 * Search benchmark: what a query costs to download, how fast it runs, and how soon the search
 * page shows a result — for the project's content and for generated curricula of 100, 250 and
 * 500 lessons (src/cli/bench/corpus.ts).
 *
 * - Bytes per query (Node, every size): a fresh page's download for each query of a fixed list
 *   — the manifest, the shards the query needs and the texts of the results it shows (gzip -9,
 *   as a server with gzip sends them) — read by the same client code the page runs.
 * - Query latency (Node), index size and build time.
 * - The search page in Chromium, for the project's content and the largest curriculum (whole
 *   site builds into `.bench/search/`, never `dist/`): everything a fresh visit downloads for a
 *   query, its JS, and the time to the first result at normal CPU and at 4× slowdown.
 *
 * `benchSearch()` reads its options from the command line (`--lessons=N`, `--search-corpus=DIR`
 * for a content root holding `content/`); `npm run bench` may also pass them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { tables, type UiLocale } from '../../i18n/index.ts';
import { buildSearchFiles, type SearchIndexFiles } from '../../lib/search/build.ts';
import { createSearchClient, manifestPath } from '../../lib/search/client.ts';
import { catalogSearchDocuments, type SearchDocument } from '../../lib/search/document.ts';
import { searchFilesDir, type SearchShard } from '../../lib/search/format.ts';
import { openWholeIndex, type SearchIndex } from '../../lib/search/load.ts';
import { searchLessons } from '../../lib/search/query.ts';
import { makeSnippet } from '../../lib/search/snippet.ts';
import { wordSpans, type WordSpan } from '../../lib/search/terms.ts';
import { CHROMIUM_ARGS, findChromium } from '../../../tests/e2e/support/browser.ts';
import { startServer } from '../serve.ts';
import { generateLessonCorpus } from './corpus.ts';
import { readCatalog } from './content.ts';
import { kb, ms, quantile, type Row } from './table.ts';

const LOCALES: UiLocale[] = ['vi', 'en'];
/** Curriculum sizes whose bytes per query are always reported. */
const SIZES = [100, 250, 500];
/** Results a page shows at once (each needs its text for a snippet). */
const SHOWN = 20;

function typedLetterByLetter(text: string): string[] {
  return Array.from(text, (_letter, i) => text.slice(0, i + 1));
}

/** Queries a learner sends, as whole searches (one fresh page each). */
export const SEARCH_BYTES_QUERIES = [
  'việc nhẹ lương cao', 'viec nhe luong cao', 'mua bán người', 'mua ban nguoi', 'đường', 'duong',
  'hộ chiếu', 'ho chieu', 'lừa đảo qua mạng', 'lua dao', 'xuất khẩu lao động', 'xuat khau lao dong',
  'đường dây nóng 111', 'tái hòa nhập', 'tai hoa nhap', 'giáo viên', 'kết hôn với người nước ngoài',
  'ket hon', 'bạn mới trên mạng', 'dau hieu canh bao', 'trafficking', 'tuyenn dung', 'căn cước',
];

/** The query typed letter by letter on one page (every keystroke is a search). */
export const TYPED_QUERY = 'viec nhe luong cao';

/**
 * A fixed query list: with and without diacritics, multi-word, a typo, English, and one query
 * typed letter by letter.
 */
export const BENCH_QUERIES = [...SEARCH_BYTES_QUERIES, ...typedLetterByLetter(TYPED_QUERY)];

export interface SearchBenchOptions {
  /** Generated curriculum sizes to measure besides SIZES; the largest also gets a site build. */
  lessons?: readonly number[];
  /** A content root (holding `content/`) to measure as well, with a site build. */
  corpus?: string;
}

/** Options from the command line: `--lessons=500` (or `--lessons 500`), `--search-corpus=DIR`. */
export function searchBenchOptions(args: readonly string[]): SearchBenchOptions {
  const value = (name: string) => {
    const inline = args.find((a) => a.startsWith(`--${name}=`));
    if (inline) return inline.slice(name.length + 3);
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const lessons = value('lessons');
  const corpus = value('search-corpus');
  return {
    ...(lessons ? { lessons: lessons.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0) } : {}),
    ...(corpus ? { corpus: resolve(corpus) } : {}),
  };
}

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

function searchDocuments(contentRoot: string, locale: UiLocale): SearchDocument[] {
  return catalogSearchDocuments(readCatalog(contentRoot, locale), { trackLabel: (track) => tables[locale][`track.${track}` as 'track.student'] });
}

/** One locale's published files by site path, with their gzip -9 sizes. */
function publishedFiles(built: SearchIndexFiles, locale: string) {
  const text = new Map<string, string>([[manifestPath(locale), JSON.stringify(built.manifest)]]);
  for (const file of built.files) text.set(searchFilesDir(locale) + file.name, file.content);
  const gz = new Map([...text].map(([path, content]) => [path, gzipSync(content, { level: 9 }).length]));
  return { text, gz };
}

/**
 * What fresh pages download for the queries, by the page's own client code: per query, the
 * manifest, its shards and the texts of the first SHOWN results; and for TYPED_QUERY typed on
 * one page, everything its keystrokes fetched.
 */
async function bytesPerQuery(built: SearchIndexFiles, locale: string): Promise<{ perQuery: number[]; typed: number }> {
  const { text, gz } = publishedFiles(built, locale);
  const session = () => {
    const read = new Set<string>();
    const client = createSearchClient({
      locale,
      read: async (path) => {
        read.add(path);
        return JSON.parse(text.get(path)!) as unknown;
      },
    });
    const search = async (query: string) => {
      const outcome = await client.search(query);
      await Promise.all(outcome.results.slice(0, SHOWN).map((result) => client.text(result.doc)));
    };
    const bytes = () => [...read].reduce((sum, path) => sum + gz.get(path)!, 0);
    return { search, bytes };
  };
  const perQuery: number[] = [];
  for (const query of SEARCH_BYTES_QUERIES) {
    const page = session();
    await page.search(query);
    perQuery.push(page.bytes());
  }
  const typing = session();
  for (const query of typedLetterByLetter(TYPED_QUERY)) await typing.search(query);
  return { perQuery, typed: typing.bytes() };
}

/** The whole index of some published files, every shard loaded (as after many queries). */
function wholeIndex(built: SearchIndexFiles): SearchIndex {
  const shards = new Map(built.files.map((file) => [file.name, file.content]));
  return openWholeIndex(JSON.parse(JSON.stringify(built.manifest)), (name) => JSON.parse(shards.get(name)!) as SearchShard);
}

/** Query latency over BENCH_QUERIES: ranking alone, and ranking plus the snippets a page shows. */
function queryLatency(built: SearchIndexFiles, docs: readonly SearchDocument[]): { search: number[]; page: number[] } {
  const index = wholeIndex(built);
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
        const doc = docs[result.ref]!;
        makeSnippet(doc.summary, outcome.words, { spans: spansOf(`s${result.ref}`, doc.summary) });
        makeSnippet(doc.text, outcome.words, { spans: spansOf(`t${result.ref}`, doc.text) });
      }
      const done = performance.now();
      if (round < 3) continue; // warm-up: JIT and the snippet span cache, as after a few keystrokes
      search.push(searched - started);
      page.push(done - started);
    }
  }
  return { search, page };
}

/** Median time to build one locale's index in-process (catalog → documents → files). */
function indexBuildTime(contentRoot: string, locale: UiLocale): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const built = buildSearchFiles(searchDocuments(contentRoot, locale), locale);
    JSON.stringify(built.manifest);
    runs.push(performance.now() - started);
  }
  return quantile(runs, 0.5);
}

interface PageVisit {
  total: number;
  js: number;
  search: number;
}

/**
 * Fresh visits to /search/?q=… in Chromium: what crossed the wire (gzip -9 sizes) until the
 * results and their snippets are in, split into JS and search data.
 */
async function searchPageBytes(dist: string, queries: readonly string[]): Promise<PageVisit[]> {
  const server = await startServer({ dir: dist, port: 0, host: '127.0.0.1', base: '/', quiet: true });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const visits: PageVisit[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      const bodies: Array<Promise<{ path: string; type: string; bytes: number } | undefined>> = [];
      page.on('response', (response) => {
        bodies.push((async () => {
          if (response.status() !== 200) return undefined;
          try {
            const bytes = gzipSync(await response.body(), { level: 9 }).length;
            return { path: new URL(response.url()).pathname, type: response.request().resourceType(), bytes };
          } catch {
            return undefined; // Redirects and aborted requests have no body.
          }
        })());
      });
      await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`);
      // The count line is filled once the query's data (and the texts of its results) are in.
      await page.locator('[data-search-count]').filter({ hasText: /\S/ }).filter({ hasNotText: /…$/ }).waitFor({ state: 'attached', timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const seen = (await Promise.all(bodies)).filter((b) => b !== undefined);
      visits.push({
        total: seen.reduce((sum, b) => sum + b.bytes, 0),
        js: seen.filter((b) => b.type === 'script').reduce((sum, b) => sum + b.bytes, 0),
        search: seen.filter((b) => b.path.includes('/search-index/')).reduce((sum, b) => sum + b.bytes, 0),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
  }
  return visits;
}

/** Time from navigation to the first result on /search/?q=…, median of a few fresh visits. */
async function timeToFirstResult(dist: string, cpuSlowdown: number): Promise<{ ready: number; first: number; snippets: number }> {
  const server = await startServer({ dir: dist, port: 0, host: '127.0.0.1', base: '/', quiet: true });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const ready: number[] = [];
  const first: number[] = [];
  const snippets: number[] = [];
  try {
    for (let run = 0; run < 5; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      if (cpuSlowdown > 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      }
      await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(TYPED_QUERY)}`);
      await page.locator('[data-search-result]').first().waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => performance.getEntriesByName('vb:search-snippets').length > 0, undefined, { timeout: 60_000 });
      const marks = await page.evaluate(() => ({
        ready: performance.getEntriesByName('vb:search-index-ready')[0]?.startTime ?? Number.NaN,
        first: performance.getEntriesByName('vb:search-first-result')[0]?.startTime ?? Number.NaN,
        snippets: performance.getEntriesByName('vb:search-snippets')[0]?.startTime ?? Number.NaN,
      }));
      ready.push(marks.ready);
      first.push(marks.first);
      snippets.push(marks.snippets);
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
  }
  return { ready: quantile(ready, 0.5), first: quantile(first, 0.5), snippets: quantile(snippets, 0.5) };
}

const medianMax = (values: readonly number[]) => `${kb(quantile(values, 0.5))} / ${kb(Math.max(...values))}`;

export async function benchSearch(options: SearchBenchOptions = searchBenchOptions(process.argv.slice(2))): Promise<Row[]> {
  const root = process.cwd();
  const work = join(root, '.bench', 'search');
  const rows: Row[] = [];
  const row = (metric: string, value: string, budget?: string, note?: string) => rows.push({ section: 'search', metric, value, budget, note });

  const sizes = [...new Set([...SIZES, ...(options.lessons ?? [])])].sort((a, b) => a - b);
  const largest = Math.max(...(options.lessons ?? []), ...SIZES);
  const sets: Array<{ label: string; contentRoot: string; content?: string; site: boolean; today: boolean }> = [
    { label: 'repo', contentRoot: root, site: true, today: true },
  ];
  for (const lessons of sizes) {
    const contentRoot = join(work, `corpus-${lessons}`);
    generateLessonCorpus({ root, to: join(contentRoot, 'content'), lessons });
    sets.push({ label: `${lessons} lessons`, contentRoot, content: join(contentRoot, 'content'), site: lessons === largest, today: false });
  }
  if (options.corpus) {
    if (!existsSync(join(options.corpus, 'content'))) throw new Error(`--search-corpus: no content/ folder in ${options.corpus}`);
    sets.push({ label: options.corpus, contentRoot: options.corpus, content: join(options.corpus, 'content'), site: true, today: false });
  }

  for (const set of sets) {
    for (const locale of LOCALES) {
      const docs = searchDocuments(set.contentRoot, locale);
      const built = buildSearchFiles(docs, locale);
      const { gz } = publishedFiles(built, locale);
      const total = [...gz.values()].reduce((a, b) => a + b, 0);
      const manifest = gz.get(manifestPath(locale))!;
      const name = `${locale} (${set.label})`;
      row(`index ${name}: whole / manifest gz -9`, `${kb(total)} / ${kb(manifest)}`, set.today ? 'whole ≤ 150 KB' : undefined,
        `${docs.length} lessons, ${built.manifest.terms.length} terms, ${built.manifest.shards.length} shards`);
      if (locale === 'vi') {
        const bytes = await bytesPerQuery(built, locale);
        row(`search bytes per query ${name}, median / max`, medianMax(bytes.perQuery), undefined,
          `${SEARCH_BYTES_QUERIES.length} queries, fresh page each: manifest + shards + texts of ${SHOWN} results`);
        row(`search bytes typing "${TYPED_QUERY}" ${name}`, kb(bytes.typed), undefined, `one page, a search per keystroke`);
      }
      if (set.today || set.site) {
        row(`index ${name}: build`, ms(indexBuildTime(set.contentRoot, locale)), undefined, 'in Node: catalog → documents → files');
        const latency = queryLatency(built, docs);
        row(`query ${name} p50 / p95`, `${ms(quantile(latency.search, 0.5))} / ${ms(quantile(latency.search, 0.95))}`, 'p95 ≤ 10 ms', `${BENCH_QUERIES.length} queries × 10, Node`);
        row(`query+snippets ${name} p50 / p95`, `${ms(quantile(latency.page, 0.5))} / ${ms(quantile(latency.page, 0.95))}`, undefined, `with snippets for the first ${SHOWN} results`);
      }
    }
  }

  for (const set of sets.filter((s) => s.site)) {
    const out = join(work, `dist-${set.label.replace(/\W+/g, '-')}`);
    const buildTime = buildSite(root, { out, cache: join(root, 'node_modules', `.astro-bench-search-${set.label.replace(/\W+/g, '-')}`), content: set.content });
    row(`site build (${set.label})`, ms(buildTime), undefined, 'whole site, both locales');
    const visits = await searchPageBytes(out, SEARCH_BYTES_QUERIES);
    const budget = set.today ? '≤ 80 KB' : set.label === '500 lessons' ? '≤ 300 KB' : undefined;
    row(`search page for a query (${set.label}), median / max`, medianMax(visits.map((v) => v.total)), budget,
      `fresh visit, all files gz -9; of which search data ${medianMax(visits.map((v) => v.search))}`);
    row(`search page JS (${set.label})`, kb(quantile(visits.map((v) => v.js), 0.5)), undefined, 'gz -9, every script of the page');
    for (const slowdown of [1, 4]) {
      const timing = await timeToFirstResult(out, slowdown);
      row(`first result in Chromium (${set.label}, CPU ×${slowdown})`, ms(timing.first), slowdown === 4 ? '≤ 1 s' : undefined,
        `manifest in at ${ms(timing.ready)}, all ${SHOWN} snippets at ${ms(timing.snippets)}; vi, /search/?q=${TYPED_QUERY}, cold cache, median of 5`);
    }
  }
  return rows;
}
