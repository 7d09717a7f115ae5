/**
 * Loads the collections once per build and hands plain data to `src/lib` (which never
 * imports Astro). Pages call these helpers; they never query collections themselves.
 */
import { getCollection } from 'astro:content';
import { buildCatalog, splitEntryId, type LessonEntry, type ModuleEntry } from '../lib/content/catalog.ts';
import { siteConfig } from '../site.config.ts';
import { slugPaths } from './page.ts';
import type { LessonData } from '../schemas/lesson.ts';
import type { ModuleData } from '../schemas/module.ts';
import type { SessionData } from '../schemas/session.ts';
import type { StandaloneQuiz } from '../schemas/quiz.ts';
import type { Entry } from '../lib/content/catalog.ts';

export const DEFAULT_LOCALE = siteConfig.locales[0]!;

function toEntry<T>(item: { id: string; data: T; body?: string }): Entry<T> {
  const { locale, slug } = splitEntryId(item.id);
  return { locale, slug, data: item.data, body: item.body ?? '' };
}

let cache: Promise<{
  lessons: LessonEntry[];
  modules: ModuleEntry[];
  sessions: Entry<SessionData>[];
  quizzes: Entry<StandaloneQuiz>[];
}> | undefined;

/** All entries of every collection, as plain objects. */
export function loadContent() {
  cache ??= (async () => ({
    lessons: (await getCollection('lessons')).map((item) => toEntry<LessonData>(item)),
    modules: (await getCollection('modules')).map((item) => toEntry<ModuleData>(item)),
    sessions: (await getCollection('sessions')).map((item) => toEntry<SessionData>(item)),
    quizzes: (await getCollection('quizzes')).map((item) => toEntry<StandaloneQuiz>(item)),
  }))();
  return cache;
}

/** The catalog (tracks, modules, lessons) of one locale. */
export async function loadCatalog(locale: string) {
  const { lessons, modules } = await loadContent();
  return buildCatalog({ lessons, modules, locale, defaultLocale: DEFAULT_LOCALE });
}

/** Slugs of a collection's default-locale entries (every page exists in every locale). */
async function defaultSlugs(collection: 'lessons' | 'sessions' | 'quizzes'): Promise<string[]> {
  const content = await loadContent();
  return [...new Set(content[collection].filter((entry) => entry.locale === DEFAULT_LOCALE).map((entry) => entry.slug))];
}

/** `getStaticPaths` for a lesson's pages (reading view, slides, presenter, papers). */
export async function lessonPagePaths() {
  return slugPaths(await defaultSlugs('lessons'));
}

/** `getStaticPaths` for a session plan's pages. */
export async function sessionPaths() {
  return slugPaths(await defaultSlugs('sessions'));
}

/** `getStaticPaths` for a stand-alone quiz's pages. */
export async function quizPaths() {
  return slugPaths(await defaultSlugs('quizzes'));
}
