import { describe, expect, it } from 'vitest';
import {
  CACHES,
  cacheForDownload,
  isBuildAsset,
  isDataFile,
  isLocalSettings,
  isOtherSiteFile,
  isPageNavigation,
  isSearchFile,
  isSearchManifestFile,
  pageWithoutQuery,
} from '../../src/lib/offline/caches.ts';
import { buildOfflineManifest, fileUrl, offlinePlan } from '../../src/lib/offline/manifest.ts';
import { searchIndexFiles } from '../../src/lib/offline/search-files.ts';

const page = (path: string, bytes = 10) => ({ path, bytes });
const files = [
  page('index.html'),
  page('tracks/student/index.html'),
  page('search/index.html'),
  page('quizzes/q/index.html'),
  page('quizzes/q/print/index.html'),
  page('sessions/s/index.html'),
  page('sessions/s/print/attendance/index.html'),
  ...['a', 'b'].flatMap((slug) => [
    page(`lessons/${slug}/index.html`, 30),
    page(`lessons/${slug}/slides/index.html`, 20),
    page(`lessons/${slug}/slides/presenter/index.html`),
    page(`lessons/${slug}/print/index.html`),
    page(`lessons/${slug}/print/large/index.html`),
    page(`lessons/${slug}/print/script/index.html`),
    page(`en/lessons/${slug}/index.html`, slug === 'a' ? 31 : 5),
    page(`en/lessons/${slug}/slides/index.html`, slug === 'a' ? 21 : 5),
    page(`en/lessons/${slug}/slides/presenter/index.html`),
    page(`en/lessons/${slug}/print/index.html`),
  ]),
  page('en/index.html', 11),
  page('en/tracks/student/index.html', 11),
  page('_astro/app.js', 100),
  page('images/map.png', 7),
  page('search-index/vi.json', 50),
  page('search-index/en.json', 40),
  page('search-index/vi/s-0abc123def.json', 7),
  page('search-index/vi/a.0abc123def.json', 8),
  page('search-index/en/s-9xyz876abc.json', 6),
  page('local.json', 3),
  page('sw.js', 3),
  page('404.html', 3),
];
const lessons = {
  vi: { student: [{ slug: 'a', translated: true }, { slug: 'b', translated: true }], teacher: [] },
  // `a` is translated into English; `b` is not.
  en: { student: [{ slug: 'a', translated: true }, { slug: 'b', translated: false }], teacher: [] },
};

describe('what "download for offline use" fetches', () => {
  const manifest = buildOfflineManifest(files, { version: 'v1', locales: ['vi', 'en'], lessons });
  const vi = manifest.locales.vi!;
  const en = manifest.locales.en!;

  it('turns index files into page URLs', () => {
    expect(fileUrl('index.html')).toBe('./');
    expect(fileUrl('lessons/a/index.html')).toBe('lessons/a/');
    expect(fileUrl('_astro/app.js')).toBe('_astro/app.js');
  });

  it('takes each lesson\'s reading page and slides, grouped by track', () => {
    expect(vi.tracks.student).toEqual({ bytes: 100, urls: ['lessons/a/', 'lessons/a/slides/', 'lessons/b/', 'lessons/b/slides/'] });
    expect(vi.tracks.teacher).toEqual({ bytes: 0, urls: [] });
  });

  it('takes the language\'s other pages, the shared files and its search files', () => {
    // The search files are the manifest and every shard and lesson text beside it, so any query works offline.
    expect(vi.common.urls).toEqual(['_astro/app.js', 'images/map.png', './', 'quizzes/q/', 'search-index/vi.json', 'search-index/vi/a.0abc123def.json', 'search-index/vi/s-0abc123def.json', 'search/', 'sessions/s/', 'tracks/student/']);
    expect(vi.common.bytes).toBe(10 * 5 + 100 + 7 + 50 + 7 + 8);
    expect(en.common.urls).toEqual(['_astro/app.js', 'en/', 'en/tracks/student/', 'images/map.png', 'search-index/en.json', 'search-index/en/s-9xyz876abc.json']);
  });

  it('never takes print variants or presenter views', () => {
    const all = Object.values(manifest.locales).flatMap((language) => offlinePlan(language, { kind: 'all' }).urls);
    expect(all.filter((url) => url.includes('print/') || url.includes('presenter/'))).toEqual([]);
  });

  it('takes no English copy of an untranslated lesson: its notice and the Vietnamese pages it links to', () => {
    expect(en.tracks.student!.urls).toEqual(['en/lessons/a/', 'en/lessons/a/slides/', 'en/lessons/b/', 'lessons/b/', 'lessons/b/slides/']);
    expect(en.tracks.student!.urls).not.toContain('en/lessons/b/slides/');
    expect(en.tracks.student!.bytes).toBe(31 + 21 + 5 + 30 + 20);
  });

  it('shows the real size of a choice: every lesson, or one track only', () => {
    const all = offlinePlan(vi, { kind: 'all' });
    expect(all.bytes).toBe(vi.common.bytes + 100);
    expect(all.urls).toHaveLength(vi.common.urls.length + 4);
    expect(offlinePlan(vi, { kind: 'track', track: 'teacher' })).toEqual(vi.common);
    expect(offlinePlan(vi, { kind: 'track', track: 'nope' }).bytes).toBe(vi.common.bytes);
  });

  it('never downloads local settings, the service worker or the 404 page', () => {
    const all = Object.values(manifest.locales).flatMap((language) => offlinePlan(language, { kind: 'all' }).urls);
    expect(all).not.toContain('local.json');
    expect(all).not.toContain('sw.js');
    expect(all).not.toContain('404.html');
  });

  it('finds a language\'s search files in one place', () => {
    const paths = files.map((file) => file.path);
    expect(searchIndexFiles(paths, 'vi')).toEqual(['search-index/vi.json', 'search-index/vi/s-0abc123def.json', 'search-index/vi/a.0abc123def.json']);
    expect(searchIndexFiles(paths, 'en')).toEqual(['search-index/en.json', 'search-index/en/s-9xyz876abc.json']);
  });
});

describe('where offline copies are kept', () => {
  const site = (path: string) => new URL(path, 'http://localhost:4321/hoc/');

  it('keys a page without its query, so the downloaded search page answers every search', async () => {
    const key = await pageWithoutQuery.cacheKeyWillBeUsed({ request: new Request('http://localhost:4321/hoc/search/?q=h%E1%BB%99+chi%E1%BA%BFu&track=student') });
    expect(key).toBe('http://localhost:4321/hoc/search/');
    const plain = new Request('http://localhost:4321/hoc/lessons/a/');
    expect(await pageWithoutQuery.cacheKeyWillBeUsed({ request: plain })).toBe(plain);
  });

  it('puts each downloaded file in the cache the service worker reads it from', () => {
    expect(cacheForDownload(site('./'))).toBe(CACHES.pages);
    expect(cacheForDownload(site('search/'))).toBe(CACHES.pages);
    expect(cacheForDownload(site('lessons/a/'))).toBe(CACHES.pages);
    expect(cacheForDownload(site('_astro/app.Ab12.js'))).toBe(CACHES.assets);
    expect(cacheForDownload(site('search-index/vi.json'))).toBe(CACHES.data);
    expect(cacheForDownload(site('search-index/vi/s-0abc123def.json'))).toBe(CACHES.data);
    expect(cacheForDownload(site('favicon.svg'))).toBe(CACHES.files);
  });

  it('serves search shards and texts, named by their content, from the cache once there; the manifest from the server while online', () => {
    expect(isSearchFile({ url: site('search-index/vi/s-0abc123def.json') })).toBe(true);
    expect(isSearchFile({ url: site('search-index/en/mua-ban-nguoi-la-gi.0abc123def.json') })).toBe(true);
    expect(isSearchFile({ url: site('search-index/vi.json') })).toBe(false);
    expect(isSearchManifestFile({ url: site('search-index/vi.json') })).toBe(true);
    expect(isSearchManifestFile({ url: site('search-index/vi/s-0abc123def.json') })).toBe(false);
    expect(isSearchManifestFile({ url: site('offline-files.json') })).toBe(false);
  });

  it('agrees with the service worker\'s own routes', () => {
    const route = (path: string, mode: string) => {
      const input = { url: site(path), request: { mode }, sameOrigin: true };
      if (isBuildAsset(input)) return CACHES.assets;
      if (isLocalSettings(input)) return CACHES.local;
      if (isPageNavigation(input)) return CACHES.pages;
      if (isSearchManifestFile(input)) return CACHES.data;
      if (isSearchFile(input)) return CACHES.data;
      if (isDataFile(input)) return CACHES.data;
      if (isOtherSiteFile(input)) return CACHES.files;
      return undefined;
    };
    for (const [path, mode] of [['lessons/a/', 'navigate'], ['search/', 'navigate'], ['_astro/app.js', 'no-cors'], ['search-index/en.json', 'cors'], ['search-index/en/s-9xyz876abc.json', 'cors'], ['favicon.svg', 'no-cors']] as const) {
      expect(route(path, mode), path).toBe(cacheForDownload(site(path)));
    }
  });

  it('writes route tests and the plugin that still work once copied into sw.js as source text', async () => {
    // Workbox serialises them with toString(): anything from outside their body would be missing.
    const alone = <T>(value: T): T => new Function(`return (${String(value)});`)() as T;
    const url = site('_astro/app.js');
    expect(alone(isBuildAsset)({ url })).toBe(true);
    expect(alone(isLocalSettings)({ url: site('local.json') })).toBe(true);
    expect(alone(isPageNavigation)({ request: { mode: 'navigate' } })).toBe(true);
    expect(alone(isDataFile)({ url: site('search-index/vi.json') })).toBe(true);
    expect(alone(isSearchFile)({ url: site('search-index/vi/s-0abc123def.json') })).toBe(true);
    expect(alone(isSearchManifestFile)({ url: site('search-index/vi.json') })).toBe(true);
    expect(alone(isOtherSiteFile)({ url: site('favicon.svg'), sameOrigin: true })).toBe(true);
    const plugin = alone(pageWithoutQuery.cacheKeyWillBeUsed);
    expect(await plugin({ request: new Request('http://localhost/search/?q=111') })).toBe('http://localhost/search/');
  });
});

describe('the programme roll-up is in each language\'s download list', () => {
  it('lists /reports/ for Vietnamese and /en/reports/ for English', () => {
    const manifest = buildOfflineManifest([...files, { path: 'reports/index.html', bytes: 7 }, { path: 'en/reports/index.html', bytes: 7 }], { version: 'v1', locales: ['vi', 'en'], lessons });
    expect(manifest.locales.vi!.common.urls).toContain('reports/');
    expect(manifest.locales.en!.common.urls).toContain('en/reports/');
    expect(manifest.locales.en!.common.urls).not.toContain('reports/');
  });
});
