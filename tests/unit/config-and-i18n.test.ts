import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { interpolate, tables } from '../../src/i18n/index.ts';
import { vi } from '../../src/i18n/vi.ts';
import { readLocalSettings } from '../../src/lib/local/settings.ts';
import { parseOrThrow, ValidationError } from '../../src/lib/validation/parse.ts';
import { formatProblem } from '../../src/lib/validation/problems.ts';
import { siteConfigSchema } from '../../src/schemas/site.ts';
import { siteConfig } from '../../src/site.config.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI string tables', () => {
  it('have the same keys in every language', () => {
    for (const table of Object.values(tables)) expect(Object.keys(table).sort()).toEqual(Object.keys(vi).sort());
  });
  it('have no empty string', () => {
    for (const table of Object.values(tables)) for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
  });
  it('use the same placeholders in every language', () => {
    for (const key of Object.keys(vi) as Array<keyof typeof vi>) expect(placeholders(en[key])).toEqual(placeholders(vi[key]));
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{n} phút', { n: 15 })).toBe('15 phút');
    expect(interpolate('{n} phút {x}', { n: 15 })).toBe('15 phút {x}');
  });
});

describe('site configuration', () => {
  it('lists 111 first and never the retired 1800 1567', () => {
    expect(siteConfig.hotlines.map((h) => h.number)).toEqual(['111', '113']);
    expect(JSON.stringify(siteConfig)).not.toMatch(/1800\s?1567/);
  });
  it('offers Vietnamese first', () => {
    expect(siteConfig.locales[0]).toBe('vi');
  });
  it('rejects a javascript: quick-exit address with a clear message', () => {
    const bad = { ...siteConfig, quickExitUrl: 'javascript:alert(1)' };
    expect(() => parseOrThrow(siteConfigSchema, bad, 'src/site.config.ts')).toThrow(ValidationError);
    try {
      parseOrThrow(siteConfigSchema, bad, 'src/site.config.ts');
    } catch (error) {
      expect((error as Error).message).toBe(
        'src/site.config.ts  quickExitUrl  the quick-exit address must be a path on this site starting with "/" or an http(s) address, with no spaces, tabs, line breaks or backslashes, found "javascript:alert(1)" — write it like "https://www.google.com/" or "/cong-thuc/"',
      );
    }
  });
  it('rejects a hotline without a number', () => {
    const { number: _omit, ...withoutNumber } = siteConfig.hotlines[0]!;
    const bad = { ...siteConfig, hotlines: [withoutNumber] };
    expect(() => parseOrThrow(siteConfigSchema, bad, 'src/site.config.ts')).toThrow(
      'src/site.config.ts  hotlines[0].number  "hotlines[0].number" is missing — add it',
    );
  });
});

describe('local.json', () => {
  it('is optional', () => {
    expect(readLocalSettings(null)).toEqual({ state: 'missing', settings: {} });
  });
  it('reads local contacts and a quick-exit override', () => {
    const result = readLocalSettings(
      JSON.stringify({ contacts: [{ name: 'Công an xã Lũng Cú', phone: '0219 3861 113' }], quickExitUrl: 'https://www.google.com/' }),
    );
    expect(result.state).toBe('ok');
    expect(result.settings.contacts?.[0]?.name).toBe('Công an xã Lũng Cú');
  });
  it('ignores a file that is not JSON and says why', () => {
    const result = readLocalSettings('{ "contacts": [ }');
    expect(result.state).toBe('invalid');
    expect(result.settings).toEqual({});
    if (result.state !== 'invalid') return;
    expect(formatProblem(result.problems[0]!)).toMatch(/^local\.json  \(root\)  the file is not valid JSON \(.+\) — check commas and quotes/);
  });
  it('ignores a file with a wrong field and names the field', () => {
    const result = readLocalSettings(JSON.stringify({ contacts: [{ name: 'Đồn Biên phòng', phone: 'gọi cho tôi' }] }));
    expect(result.state).toBe('invalid');
    if (result.state !== 'invalid') return;
    expect(result.problems.map((p) => formatProblem(p))).toEqual([
      'local.json  contacts[0].phone  "gọi cho tôi" has the wrong form — write it like: phone: "0219 3xxx xxx" (digits and spaces only)',
    ]);
  });
  it('ignores an unsafe quick-exit address', () => {
    const result = readLocalSettings(JSON.stringify({ quickExitUrl: 'javascript:alert(1)' }));
    expect(result.state).toBe('invalid');
  });
  it('ignores a quick-exit path that a browser would read as another site, and says why', () => {
    for (const [value, shown] of [
      ['/\\evil.example/', '"/\\evil.example/"'],
      ['/\t/evil.example/', '"/\\t/evil.example/"'],
      ['/\n/evil.example/', '"/\\n/evil.example/"'],
    ]) {
      const result = readLocalSettings(JSON.stringify({ quickExitUrl: value }));
      expect(result.state).toBe('invalid');
      if (result.state !== 'invalid') continue;
      expect(formatProblem(result.problems[0]!)).toBe(
        `local.json  quickExitUrl  the quick-exit address must be a path on this site starting with "/" or an http(s) address, with no spaces, tabs, line breaks or backslashes, found ${shown} — write it like "https://www.google.com/" or "/cong-thuc/"`,
      );
    }
  });
});
