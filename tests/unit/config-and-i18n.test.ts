import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { interpolate, tables, translatorFor } from '../../src/i18n/index.ts';
import { messageArguments, messageProblem } from '../../src/i18n/translate.ts';
import { vi } from '../../src/i18n/vi.ts';
import { readLocalSettings } from '../../src/lib/local/settings.ts';
import { parseOrThrow, ValidationError } from '../../src/lib/validation/parse.ts';
import { formatProblem } from '../../src/lib/validation/problems.ts';
import { siteConfigSchema } from '../../src/schemas/site.ts';
import { siteConfig } from '../../src/site.config.ts';

/** Every placeholder a string uses, plural values included (`{n, plural, …}` uses `n`). */
const placeholders = (text: string) => [...messageArguments(text).names].sort();
const keys = Object.keys(vi) as Array<keyof typeof vi>;

describe('UI string tables', () => {
  it('have the same keys in every language', () => {
    for (const table of Object.values(tables)) expect(Object.keys(table).sort()).toEqual(Object.keys(vi).sort());
  });
  it('have no empty string', () => {
    for (const table of Object.values(tables)) for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
  });
  it('use the same placeholders in every language', () => {
    for (const key of keys) expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
  });
  it('all parse: every plural pattern is well formed', () => {
    for (const [locale, table] of Object.entries(tables)) {
      for (const [key, value] of Object.entries(table)) expect(messageProblem(value), `${locale} ${key}: ${value}`).toBeNull();
    }
  });
  it('count with a value the Vietnamese string also uses, so a translation cannot drop or invent a number', () => {
    for (const [locale, table] of Object.entries(tables)) {
      for (const key of keys) {
        const source = messageArguments(vi[key]).names;
        for (const name of messageArguments(table[key]).plurals) expect(source.has(name), `${locale} ${key}: {${name}, plural} is not in the Vietnamese string`).toBe(true);
      }
    }
  });
  it('use only the plural categories their language has', () => {
    for (const [locale, table] of Object.entries(tables)) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
      for (const [key, value] of Object.entries(table)) {
        for (const category of messageArguments(value).categories) expect(categories, `${locale} ${key}: "${category}"`).toContain(category);
      }
    }
  });
  it('have no "(s)" or "(ies)" plurals in English: a count takes {n, plural, one {…} other {…}}', () => {
    for (const [key, value] of Object.entries(en)) expect(value, key).not.toMatch(/\w\((s|es|ies)\)/);
  });
  it('agree with a count of one in the figures a trainer corrects', () => {
    const t = translatorFor(en, 'en');
    expect(t('report.leftOut.age', { age: 2, total: 1 })).toContain('not to the 1 participant (women plus men)');
    expect(t('reports.issues.age', { age: 3, total: 2 })).toContain('not to the 2 women and men');
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{n} phút', { n: 15 }, 'vi')).toBe('15 phút');
    expect(interpolate('{n} phút {x}', { n: 15 }, 'vi')).toBe('15 phút {x}');
  });
});

describe('plurals in UI strings', () => {
  const lessons = '{n, plural, =0 {no lessons} one {# lesson} other {# lessons}}';
  it('chooses "one" or "other" by the language\'s plural rules, with # as the number', () => {
    expect(interpolate(lessons, { n: 1 }, 'en')).toBe('1 lesson');
    expect(interpolate(lessons, { n: 2 }, 'en')).toBe('2 lessons');
    expect(interpolate(lessons, { n: 1.5 }, 'en')).toBe('1.5 lessons');
    // Vietnamese has only "other": even 1 takes it.
    expect(interpolate('{n, plural, one {# bài (one)} other {# bài}}', { n: 1 }, 'vi')).toBe('1 bài');
  });
  it('prefers an exact match such as =0 to the category', () => {
    expect(interpolate(lessons, { n: 0 }, 'en')).toBe('no lessons');
    expect(interpolate('{n, plural, =1 {just one} one {# lesson} other {# lessons}}', { n: 1 }, 'en')).toBe('just one');
  });
  it('fills the other placeholders of the chosen branch and around it', () => {
    const found = 'Found {n, plural, one {# lesson for “{query}”} other {# lessons for “{query}”}} in {track}.';
    expect(interpolate(found, { n: 1, query: 'việc làm', track: 'Students' }, 'en')).toBe('Found 1 lesson for “việc làm” in Students.');
    expect(interpolate(found, { n: 3, query: 'việc làm', track: 'Students' }, 'en')).toBe('Found 3 lessons for “việc làm” in Students.');
  });
  it('lets a branch hold another plural, whose # is its own number', () => {
    const nested = '{sessions, plural, one {# session in {places, plural, one {# village} other {# villages}}} other {# sessions in {places, plural, one {# village} other {# villages}}}}';
    expect(interpolate(nested, { sessions: 3, places: 1 }, 'en')).toBe('3 sessions in 1 village');
    expect(interpolate(nested, { sessions: 1, places: 2 }, 'en')).toBe('1 session in 2 villages');
  });
  it('shows # as the value given, and reads a number given as text', () => {
    expect(interpolate('{n, plural, one {# minute} other {# minutes}}', { n: '1' }, 'en')).toBe('1 minute');
    expect(interpolate('{n, plural, one {# minute} other {# minutes}}', { n: '1,500' }, 'en')).toBe('1,500 minutes');
    // An empty value (a column header made from the string) is not "zero".
    expect(interpolate('{n, plural, =0 {none} one {# attempt} other {# attempts}}', { n: '' }, 'en').trim()).toBe('attempts');
  });
  it('leaves unknown placeholders visible, and a plural without its value whole for a later fill', () => {
    expect(interpolate('{n, plural, one {# file} other {# files}} from {where}', { n: 2 }, 'en')).toBe('2 files from {where}');
    const template = interpolate('Reading {n, plural, one {# file} other {# files}} for {name}…', { name: 'Lan' }, 'en');
    expect(template).toBe('Reading {n, plural, one {# file} other {# files}} for Lan…');
    expect(interpolate(template, { n: 1 }, 'en')).toBe('Reading 1 file for Lan…');
  });
  it('keeps # and braces outside a plural as they are', () => {
    expect(interpolate('profile #{id}', { id: 7 }, 'en')).toBe('profile #7');
  });
  it('does not throw on a malformed plural: the string shows with its plain placeholders filled', () => {
    for (const broken of [
      '{n, plural, one {# lesson}} in {track}', // no "other"
      '{n, plural, one {# lesson} other {# lessons} in {track}', // not closed
      '{n, plural, one # lesson other # lessons} in {track}', // branches without braces
      '{n, select, one {# lesson} other {# lessons}} in {track}', // not supported
      '{n, plural, single {# lesson} other {# lessons}} in {track}', // no such category
      '{n, plural, one {# lesson} one {# lessons} other {#}} in {track}', // twice
      '{n, plural, one {# lesson} other {# lessons}}} in {track}', // a stray brace
    ]) {
      expect(messageProblem(broken), broken).not.toBeNull();
      const shown = interpolate(broken, { n: 1, track: 'Students' }, 'en');
      expect(shown).toContain('in Students');
      expect(shown).toContain('{n, ');
    }
    expect(messageProblem('{n, plural, one {# lesson} other {# lessons}}')).toBeNull();
  });
  it('names the problem and where it is', () => {
    expect(messageProblem('Read {n, plural, one {# lesson}}')).toEqual({ message: '"{n, plural, …}" has no "other" branch', at: 5 });
  });
  it('chooses by the table\'s language in a translator, and survives a language tag Intl cannot read', () => {
    const table = { 'x.count': '{n, plural, one {# code} other {# codes}}' } as const;
    expect(translatorFor(table, 'en')('x.count', { n: 1 })).toBe('1 code');
    expect(translatorFor(table, 'vi')('x.count', { n: 1 })).toBe('1 codes');
    expect(() => translatorFor(table, 'not a tag!')('x.count', { n: 1 })).not.toThrow();
  });
  it('lists the placeholders of a string, plurals and their categories included', () => {
    const { names, plurals, categories } = messageArguments('{sessions, plural, one {# session in {place}} other {# sessions in {place}}} on {date}');
    expect([...names].sort()).toEqual(['date', 'place', 'sessions']);
    expect([...plurals]).toEqual(['sessions']);
    expect([...categories].sort()).toEqual(['one', 'other']);
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
