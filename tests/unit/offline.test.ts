import { describe, expect, it } from 'vitest';
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

  it('gives each language its pages, its search index and the shared files, with sizes', () => {
    expect(manifest.locales.vi).toEqual({ bytes: 185, urls: ['./', '_astro/app.js', 'lessons/a/', 'lessons/a/slides/', 'search-index/vi.json'] });
    expect(manifest.locales.en!.urls).toEqual(['_astro/app.js', 'en/', 'en/lessons/a/', 'lessons/a/', 'search-index/en.json']);
    expect(manifest.locales.en!.bytes).toBe(192);
  });

  it('never downloads local settings, the service worker or the 404 page', () => {
    const all = Object.values(manifest.locales).flatMap((l) => l.urls);
    expect(all).not.toContain('local.json');
    expect(all).not.toContain('sw.js');
    expect(all).not.toContain('404.html');
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
