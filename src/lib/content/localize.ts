/**
 * Language fallback, in one place: what a page in one language shows for each entry (lesson,
 * module, session plan, quiz) and for each configured text (site name, hotlines). The default
 * language is complete; another language shows its own entry where it has one, else the default
 * one, marked untranslated. Pure: entries come in as arguments.
 */
import type { Entry } from './catalog.ts';

/** An entry as a page in one language shows it. */
export interface Localized<T> {
  slug: string;
  /** The language's own entry, or the default language's when it has none. */
  entry: Entry<T>;
  /** False when `entry` is the default language's fallback. */
  translated: boolean;
}

/**
 * One entry per slug for `locale`, falling back to `defaultLocale`. Slugs with no entry in the
 * default language are left out: no page is built for them (the content check reports them).
 */
export function localize<T>(entries: ReadonlyArray<Entry<T>>, locale: string, defaultLocale: string): Map<string, Localized<T>> {
  const bySlug = new Map<string, Localized<T>>();
  for (const entry of entries) {
    if (entry.locale === defaultLocale) bySlug.set(entry.slug, { slug: entry.slug, entry, translated: locale === defaultLocale });
  }
  if (locale === defaultLocale) return bySlug;
  for (const entry of entries) {
    if (entry.locale === locale && bySlug.has(entry.slug)) bySlug.set(entry.slug, { slug: entry.slug, entry, translated: true });
  }
  return bySlug;
}

/** A configured text in `locale`, or in the default language where it has none (`{ vi, en? }`). */
export function localizeText(text: Readonly<Partial<Record<string, string>>>, locale: string, defaultLocale: string): string {
  return text[locale] ?? text[defaultLocale] ?? '';
}
