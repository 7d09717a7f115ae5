import { describe, expect, it } from 'vitest';
import { foldVietnamese, normalizeVietnamese, slugify } from '../../src/lib/text/fold.ts';
import { formatDate } from '../../src/lib/text/date.ts';
import { createUrlBuilder, joinBase, normalizeBase, parseSitePath } from '../../src/lib/url/paths.ts';
import { createContentUrlResolver } from '../../src/lib/url/content-links.ts';

describe('Vietnamese folding', () => {
  it('folds tone marks and đ/Đ', () => {
    expect(foldVietnamese('Đường DƯƠNG việc nhẹ lương cao')).toBe('duong duong viec nhe luong cao');
  });
  it('folds NFD input like NFC input', () => {
    expect(foldVietnamese('người'.normalize('NFD'))).toBe(foldVietnamese('người'.normalize('NFC')));
  });
  it('normalises old and new tone placement to one exact form', () => {
    expect(normalizeVietnamese('hoà')).toBe(normalizeVietnamese('hòa'));
    expect(normalizeVietnamese('THUỶ')).toBe('thủy');
    expect(normalizeVietnamese('quý')).toBe('quý');
  });
  it('derives ASCII slugs from Vietnamese titles', () => {
    expect(slugify('Việc nhẹ lương cao — “đi làm” xa!')).toBe('viec-nhe-luong-cao-di-lam-xa');
  });
});

describe('URLs under a base path', () => {
  it('normalises the base path', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('hoc')).toBe('/hoc/');
    expect(normalizeBase('/hoc/')).toBe('/hoc/');
  });
  it('never glues the base and a locale together', () => {
    const url = createUrlBuilder({ base: '/hoc/', locale: 'en', defaultLocale: 'vi' });
    expect(url.page('/lessons/a/')).toBe('/hoc/en/lessons/a/');
    expect(url.page('/')).toBe('/hoc/en/');
    expect(url.pageIn('vi', '/lessons/a/')).toBe('/hoc/lessons/a/');
    expect(url.asset('/local.json')).toBe('/hoc/local.json');
    expect(joinBase('/', '/help/')).toBe('/help/');
  });
  it('reads a browser pathname back into locale and site path', () => {
    const options = { base: '/hoc/', locales: ['vi', 'en'], defaultLocale: 'vi' };
    expect(parseSitePath('/hoc/en/lessons/a/', options)).toEqual({ locale: 'en', path: '/lessons/a/' });
    expect(parseSitePath('/hoc/lessons/a/', options)).toEqual({ locale: 'vi', path: '/lessons/a/' });
    expect(parseSitePath('/hoc/en/', options)).toEqual({ locale: 'en', path: '/' });
  });
  it('resolves content links: pages get the locale, files only the base', () => {
    const resolve = createContentUrlResolver(createUrlBuilder({ base: '/hoc/', locale: 'en', defaultLocale: 'vi' }));
    expect(resolve('/lessons/a/')).toBe('/hoc/en/lessons/a/');
    expect(resolve('/images/a.png')).toBe('/hoc/images/a.png');
    expect(resolve('#phan-2')).toBe('#phan-2');
    expect(resolve('https://example.org/')).toBe('https://example.org/');
  });
});

describe('dates', () => {
  it('formats dates the way each language writes them', () => {
    expect(formatDate('2026-11-27', 'vi')).toBe('27/11/2026');
    expect(formatDate('2026-11-27', 'en')).toBe('27 November 2026');
  });
});
