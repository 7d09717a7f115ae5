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
import { buildOfflineManifest, fileUrl } from '../../src/lib/offline/manifest.ts';

const files = [
  { path: 'index.html', bytes: 10 },
  { path: 'lessons/a/index.html', bytes: 20 },
  { path: 'lessons/a/slides/index.html', bytes: 5 },
  { path: 'en/index.html', bytes: 11 },
  { path: 'en/lessons/a/index.html', bytes: 21 },
  { path: '_astro/app.js', bytes: 100 },
  { path: 'search-index/vi.json', bytes: 50 },
  { path: 'search-index/en.json', bytes: 40 },
  { path: 'search-index/vi/s-0abc123def.json', bytes: 7 },
  { path: 'search-index/vi/a.0abc123def.json', bytes: 8 },
  { path: 'search-index/en/s-9xyz876abc.json', bytes: 6 },
  { path: 'local.json', bytes: 3 },
  { path: 'sw.js', bytes: 3 },
  { path: '404.html', bytes: 3 },
];

describe('what "download for offline use" fetches', () => {
  const manifest = buildOfflineManifest(files, { version: 'v1' });

  it('turns index files into page URLs', () => {
    expect(fileUrl('index.html')).toBe('./');
    expect(fileUrl('lessons/a/index.html')).toBe('lessons/a/');
    expect(fileUrl('_astro/app.js')).toBe('_astro/app.js');
  });

  it('gives each language its pages, its search index (manifest, shards, texts) and the shared files, with sizes', () => {
    expect(manifest.locales.vi).toEqual({
      bytes: 200,
      urls: ['./', '_astro/app.js', 'lessons/a/', 'lessons/a/slides/', 'search-index/vi.json', 'search-index/vi/a.0abc123def.json', 'search-index/vi/s-0abc123def.json'],
    });
    expect(manifest.locales.en!.urls).toEqual(['_astro/app.js', 'en/', 'en/lessons/a/', 'lessons/a/', 'search-index/en.json', 'search-index/en/s-9xyz876abc.json']);
    expect(manifest.locales.en!.bytes).toBe(198);
  });

  it('never downloads local settings, the service worker or the 404 page', () => {
    const all = Object.values(manifest.locales).flatMap((l) => l.urls);
    expect(all).not.toContain('local.json');
    expect(all).not.toContain('sw.js');
    expect(all).not.toContain('404.html');
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
    const manifest = buildOfflineManifest([...files, { path: 'reports/index.html', bytes: 7 }, { path: 'en/reports/index.html', bytes: 7 }], { version: 'v1' });
    expect(manifest.locales.vi!.urls).toContain('reports/');
    expect(manifest.locales.en!.urls).toContain('en/reports/');
    expect(manifest.locales.en!.urls).not.toContain('reports/');
  });
});
