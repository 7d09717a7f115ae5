/**
 * The title and summary a page in one language shows for an entry: its own when it is
 * translated; otherwise the English (etc.) title and summary kept in the default-language file's
 * `translations`; otherwise the default-language text, marked with its language for screen readers.
 */
import type { Translations } from '../../schemas/common.ts';

export interface EntryLabel {
  title: string;
  summary: string;
  /** Set when the text is not in the page's language (`lang` attribute), else undefined. */
  lang?: string;
}

export function entryLabel(
  data: { title: string; summary: string; translations?: Translations },
  entryLocale: string,
  pageLocale: string,
): EntryLabel {
  if (entryLocale === pageLocale) return { title: data.title, summary: data.summary };
  const own = data.translations?.[pageLocale];
  if (own) return { title: own.title, summary: own.summary };
  return { title: data.title, summary: data.summary, lang: entryLocale };
}
