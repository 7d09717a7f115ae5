/**
 * Reads a content folder straight from disk (no Astro) into the catalogs the site builds, for
 * benchmarks that time one step of the build on its own.
 */
import matter from 'gray-matter';
import { buildCatalog, splitEntryId, type LessonEntry, type ModuleEntry } from '../../lib/content/catalog.ts';
import type { LessonData } from '../../schemas/lesson.ts';
import type { ModuleData } from '../../schemas/module.ts';
import { readContentFiles } from '../content-files.ts';

/**
 * Lessons and modules of the content folder under `root` (`root/content/`, or
 * `VUNG_BUOC_CONTENT`), as entries.
 */
export function readLessonsAndModules(root: string): { lessons: LessonEntry[]; modules: ModuleEntry[] } {
  const lessons: LessonEntry[] = [];
  const modules: ModuleEntry[] = [];
  for (const file of readContentFiles(root)) {
    const match = /^content\/(lessons|modules)\/(.+)\.md$/.exec(file.path);
    if (!match) continue;
    const { data, content } = matter(file.text);
    const { locale, slug } = splitEntryId(match[2]!);
    if (match[1] === 'lessons') lessons.push({ locale, slug, data: data as LessonData, body: content });
    else modules.push({ locale, slug, data: data as ModuleData, body: content });
  }
  return { lessons, modules };
}

/** The catalog of one locale, built the way the site builds it. */
export function readCatalog(root: string, locale: string, defaultLocale = 'vi') {
  const { lessons, modules } = readLessonsAndModules(root);
  return buildCatalog({ lessons, modules, locale, defaultLocale });
}
