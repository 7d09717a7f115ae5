/**
 * The curriculum as the pages see it: tracks → modules → lessons in order, with translation
 * fallback and previous/next links. Pure: the entries come in as arguments.
 */
import { TRACKS, type Track } from '../../schemas/common.ts';
import type { LessonData } from '../../schemas/lesson.ts';
import type { ModuleData } from '../../schemas/module.ts';
import { localize } from './localize.ts';

export interface Entry<T> {
  locale: string;
  slug: string;
  data: T;
  body: string;
}
export type LessonEntry = Entry<LessonData>;
export type ModuleEntry = Entry<ModuleData>;

/** A lesson as a page in one locale shows it. */
export interface CatalogLesson {
  slug: string;
  /** The entry shown: the locale's own, or the default locale's when untranslated. */
  entry: LessonEntry;
  /** False when `entry` is a fallback in the default locale. */
  translated: boolean;
  track: Track;
  module: CatalogModule;
}

export interface CatalogModule {
  slug: string;
  entry: ModuleEntry;
  translated: boolean;
  lessons: CatalogLesson[];
}

export interface CatalogTrack {
  track: Track;
  modules: CatalogModule[];
  lessons: CatalogLesson[];
}

/** Splits an Astro content id (`vi/viec-nhe-luong-cao`) into locale and slug. */
export function splitEntryId(id: string): { locale: string; slug: string } {
  const [locale, ...rest] = id.split('/');
  return { locale: locale ?? '', slug: rest.join('/') };
}

function byOrder<T extends { data: { order: number } ; slug: string }>(a: T, b: T): number {
  return a.data.order - b.data.order || a.slug.localeCompare(b.slug);
}

/** Builds the catalog of one locale, falling back to `defaultLocale` entries per slug (see `localize`). */
export function buildCatalog(options: {
  lessons: readonly LessonEntry[];
  modules: readonly ModuleEntry[];
  locale: string;
  defaultLocale: string;
}): { tracks: CatalogTrack[]; lessons: Map<string, CatalogLesson> } {
  const { locale, defaultLocale } = options;
  const modules = localize(options.modules, locale, defaultLocale);
  const lessons = localize(options.lessons, locale, defaultLocale);

  const catalogModules = new Map<string, CatalogModule>();
  for (const [slug, { entry, translated }] of modules) {
    catalogModules.set(slug, { slug, entry, translated, lessons: [] });
  }
  const lessonMap = new Map<string, CatalogLesson>();
  const sortedLessons = [...lessons.values()].sort((a, b) => byOrder(a.entry, b.entry));
  const defaultLessons = new Map(options.lessons.filter((l) => l.locale === defaultLocale).map((l) => [l.slug, l]));
  for (const { entry, translated } of sortedLessons) {
    // The module is the default-locale lesson's module: structure never differs by language.
    const structural = defaultLessons.get(entry.slug) ?? entry;
    const module = catalogModules.get(structural.data.module);
    if (!module) continue; // reported by the content check
    const lesson: CatalogLesson = { slug: entry.slug, entry, translated, track: module.entry.data.track, module };
    module.lessons.push(lesson);
  }

  const tracks: CatalogTrack[] = TRACKS.map((track) => {
    const trackModules = [...catalogModules.values()]
      .filter((m) => m.entry.data.track === track && m.lessons.length > 0)
      .sort((a, b) => byOrder(a.entry, b.entry));
    const trackLessons = trackModules.flatMap((m) => m.lessons);
    for (const lesson of trackLessons) lessonMap.set(lesson.slug, lesson);
    return { track, modules: trackModules, lessons: trackLessons };
  });
  return { tracks, lessons: lessonMap };
}

/** The lessons before and after `slug` in its track (a learner walks a track in order). */
export function neighbours(
  tracks: readonly CatalogTrack[],
  slug: string,
): { previous?: CatalogLesson; next?: CatalogLesson } {
  for (const track of tracks) {
    const index = track.lessons.findIndex((lesson) => lesson.slug === slug);
    if (index >= 0) return { previous: track.lessons[index - 1], next: track.lessons[index + 1] };
  }
  return {};
}
