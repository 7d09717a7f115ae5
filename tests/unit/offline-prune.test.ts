import { describe, expect, it } from 'vitest';
import { buildAssetsScope, searchFilesScope, searchManifestFiles, staleCachedUrls } from '../../src/lib/offline/prune.ts';

const site = new URL('http://school.lan/hoc/');
const manifest = {
  locale: 'vi',
  shards: ['s-aaa.json', 's-bbb.json'],
  docs: [{ slug: 'mua-ban-nguoi-la-gi', title: 'x', track: 'student', text: 'h1' }],
};

describe('pruning kept offline copies', () => {
  it('names every shard and lesson text of a manifest under the base path', () => {
    expect([...searchManifestFiles(manifest, site)]).toEqual([
      'http://school.lan/hoc/search-index/vi/s-aaa.json',
      'http://school.lan/hoc/search-index/vi/s-bbb.json',
      'http://school.lan/hoc/search-index/vi/mua-ban-nguoi-la-gi.h1.json',
    ]);
  });

  it('deletes the locale\'s search files an older build left, and nothing else', () => {
    const cached = [
      'http://school.lan/hoc/search-index/vi/s-aaa.json',
      'http://school.lan/hoc/search-index/vi/s-old.json',
      'http://school.lan/hoc/search-index/vi/mua-ban-nguoi-la-gi.h0.json',
      'http://school.lan/hoc/search-index/vi/mua-ban-nguoi-la-gi.h1.json?v=2',
      // The manifest itself, another language's files, another site on the same origin.
      'http://school.lan/hoc/search-index/vi.json',
      'http://school.lan/hoc/search-index/en/s-old.json',
      'http://school.lan/other/search-index/vi/s-old.json',
      'http://other.lan/hoc/search-index/vi/s-old.json',
    ];
    expect(staleCachedUrls(cached, searchManifestFiles(manifest, site), searchFilesScope(site, 'vi'))).toEqual([
      'http://school.lan/hoc/search-index/vi/s-old.json',
      'http://school.lan/hoc/search-index/vi/mua-ban-nguoi-la-gi.h0.json',
    ]);
  });

  it('deletes build files the current download does not name; pages and data are out of its scope', () => {
    const current = new Set(['http://school.lan/hoc/_astro/app.new.js', 'http://school.lan/hoc/lessons/a/']);
    const cached = ['http://school.lan/hoc/_astro/app.new.js', 'http://school.lan/hoc/_astro/app.old.js', 'http://school.lan/hoc/lessons/b/', 'http://school.lan/hoc/local.json'];
    expect(staleCachedUrls(cached, current, buildAssetsScope(site))).toEqual(['http://school.lan/hoc/_astro/app.old.js']);
  });
});
