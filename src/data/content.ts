/**
 * Loads the collections once per build and hands plain data to `src/lib` (which never
 * imports Astro). Pages call these helpers; they never query collections themselves.
 */
import { getCollection } from 'astro:content';
import { buildCatalog, splitEntryId, type LessonEntry, type ModuleEntry } from '../lib/content/catalog.ts';
import { siteConfig } from '../site.config.ts';
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
