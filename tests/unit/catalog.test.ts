import { describe, expect, it } from 'vitest';
import { buildCatalog, neighbours, splitEntryId, type LessonEntry, type ModuleEntry } from '../../src/lib/content/catalog.ts';
import { entryLabel } from '../../src/lib/content/label.ts';

const module = (locale: string, slug: string, track: 'student' | 'teacher', order: number, title = slug): ModuleEntry => ({
  locale,
  slug,
  body: '',
  data: { title, summary: 's', track, order, outcomes: ['o'] },
});
const lesson = (locale: string, slug: string, moduleSlug: string, order: number, title = slug): LessonEntry => ({
  locale,
  slug,
  body: '',
  data: {
    title,
    summary: 's',
    module: moduleSlug,
    order,
    duration: 10,
    ageBand: '11+',
    objectives: ['o'],
    keyPoints: ['k'],
    keywords: [],
    sources: [{ title: 't', publisher: 'p', year: 2025 }],
    reviewed: '2026-11-27',
  },
});

const modules = [module('vi', 'm2', 'student', 2), module('vi', 'm1', 'student', 1), module('vi', 't1', 'teacher', 1), module('en', 'm1', 'student', 1, 'M1 in English')];
const lessons = [
  lesson('vi', 'b', 'm1', 2),
  lesson('vi', 'a', 'm1', 1),
  lesson('vi', 'c', 'm2', 1),
  lesson('vi', 'd', 't1', 1),
  lesson('en', 'a', 'm1', 1, 'A in English'),
];

describe('catalog', () => {
  it('splits content ids into locale and slug', () => {
    expect(splitEntryId('vi/viec-nhe-luong-cao')).toEqual({ locale: 'vi', slug: 'viec-nhe-luong-cao' });
  });

  it('orders modules and lessons within a track', () => {
    const { tracks } = buildCatalog({ lessons, modules, locale: 'vi', defaultLocale: 'vi' });
    const student = tracks.find((t) => t.track === 'student')!;
    expect(student.modules.map((m) => m.slug)).toEqual(['m1', 'm2']);
    expect(student.lessons.map((l) => l.slug)).toEqual(['a', 'b', 'c']);
  });

  it('falls back to Vietnamese for untranslated lessons and marks them', () => {
    const { lessons: byslug } = buildCatalog({ lessons, modules, locale: 'en', defaultLocale: 'vi' });
    expect(byslug.get('a')).toMatchObject({ translated: true, entry: { locale: 'en', data: { title: 'A in English' } } });
    expect(byslug.get('b')).toMatchObject({ translated: false, entry: { locale: 'vi' } });
  });

  it('gives previous and next lessons within the track only', () => {
    const { tracks } = buildCatalog({ lessons, modules, locale: 'vi', defaultLocale: 'vi' });
    expect(neighbours(tracks, 'b')).toMatchObject({ previous: { slug: 'a' }, next: { slug: 'c' } });
    expect(neighbours(tracks, 'c').next).toBeUndefined();
    expect(neighbours(tracks, 'd')).toEqual({ previous: undefined, next: undefined });
  });
});

describe('labels of untranslated entries', () => {
  it('shows the English title and summary kept in the Vietnamese file, in the page language', () => {
    const data = { title: 'Việc nhẹ lương cao', summary: 'Nhận ra bẫy', translations: { en: { title: 'Easy work, high pay', summary: 'Spot the trap' } } };
    expect(entryLabel(data, 'vi', 'en')).toEqual({ title: 'Easy work, high pay', summary: 'Spot the trap' });
    expect(entryLabel(data, 'vi', 'vi')).toEqual({ title: 'Việc nhẹ lương cao', summary: 'Nhận ra bẫy' });
    expect(entryLabel({ title: 'A', summary: 'B' }, 'vi', 'en')).toEqual({ title: 'A', summary: 'B', lang: 'vi' });
  });
});
