/**
 * Loads the collections once per build and hands plain data to `src/lib` (which never
 * imports Astro). Pages get their data through `pathsFor` (src/data/paths.ts); they never
 * query collections themselves.
 */
import { getCollection } from 'astro:content';
import { buildCatalog, splitEntryId, type LessonEntry, type ModuleEntry } from '../lib/content/catalog.ts';
import { localize, type Localized } from '../lib/content/localize.ts';
import { DEFAULT_LOCALE } from '../site.config.ts';
import { buildState } from './build-state.ts';
import type { LessonData } from '../schemas/lesson.ts';
import type { ModuleData } from '../schemas/module.ts';
import type { SessionData } from '../schemas/session.ts';
import type { StandaloneQuiz } from '../schemas/quiz.ts';
import type { Entry } from '../lib/content/catalog.ts';

export { DEFAULT_LOCALE };

function toEntry<T>(item: { id: string; data: T; body?: string }): Entry<T> {
  const { locale, slug } = splitEntryId(item.id);
  return { locale, slug, data: item.data, body: item.body ?? '' };
}

interface Content {
  lessons: LessonEntry[];
  modules: ModuleEntry[];
  sessions: Entry<SessionData>[];
  quizzes: Entry<StandaloneQuiz>[];
}

let cache: Promise<Content> | undefined;

/** All entries of every collection, as plain objects. */
export function loadContent(): Promise<Content> {
  // The first page asking for content marks the end of bundling in the build profile.
  buildState().clock.mark('pagesStart');
  cache ??= (async () => ({
    lessons: (await getCollection('lessons')).map((item) => toEntry<LessonData>(item)),
    modules: (await getCollection('modules')).map((item) => toEntry<ModuleData>(item)),
    sessions: (await getCollection('sessions')).map((item) => toEntry<SessionData>(item)),
    quizzes: (await getCollection('quizzes')).map((item) => toEntry<StandaloneQuiz>(item)),
  }))();
  return cache;
}

/** Remembers one value per key for the build (each locale's catalog, its sessions, …). */
export function perLocale<T>(make: (locale: string) => Promise<T>): (locale: string) => Promise<T> {
  const made = new Map<string, Promise<T>>();
  return (locale) => {
    let value = made.get(locale);
    if (!value) made.set(locale, (value = make(locale)));
    return value;
  };
}

/** The catalog (tracks, modules, lessons) of one locale. */
export const loadCatalog = perLocale(async (locale) => {
  const { lessons, modules } = await loadContent();
  const catalog = buildCatalog({ lessons, modules, locale, defaultLocale: DEFAULT_LOCALE });
  // The offline download groups lessons by track, as the track pages list them.
  buildState().lessons[locale] = Object.fromEntries(
    catalog.tracks.map((track) => [track.track, track.lessons.map((lesson) => ({ slug: lesson.slug, translated: lesson.translated }))]),
  );
  return catalog;
});

/** Stand-alone quizzes of a locale, by slug (translation fallback per slug). */
export const localizedQuizzes = perLocale(async (locale): Promise<Map<string, Localized<StandaloneQuiz>>> => {
  const { quizzes } = await loadContent();
  return localize(quizzes, locale, DEFAULT_LOCALE);
});
