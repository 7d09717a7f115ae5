/** Translation helpers: `t(locale)` returns a typed lookup with `{name}` interpolation. */
import { en } from './en.ts';
import { interpolate, type Values } from './translate.ts';
import { vi, type UiKey } from './vi.ts';

export { interpolate, translatorFor, type Values } from './translate.ts';

export type { UiKey } from './vi.ts';

import { SOURCE_LOCALE, type UiLocale } from './locales.ts';

export { isUiLocale, UI_LOCALES, type UiLocale } from './locales.ts';
/** For browser scripts, which cannot read the site configuration: the source language. */
export const DEFAULT_LOCALE = SOURCE_LOCALE;

export const tables: Record<UiLocale, Record<UiKey, string>> = { vi, en };


/** A translator for one locale: `t('lesson.duration', { n: 15 })` (plurals chosen by that locale's rules). */
export function useTranslations(locale: UiLocale) {
  const table = tables[locale];
  return (key: UiKey, values: Values = {}): string => interpolate(table[key], values, locale);
}
export type Translate = ReturnType<typeof useTranslations>;


/** The keys of one namespace (`progress` → `progress.title`, …). */
export type NamespaceKey<Prefix extends string> = Extract<UiKey, `${Prefix}.${string}`>;

/** One namespace's strings in one locale, for an island that needs only those (typed by key). */
export function namespaceStrings<Prefix extends string>(locale: UiLocale, prefix: Prefix): Record<NamespaceKey<Prefix>, string> {
  return Object.fromEntries(Object.entries(tables[locale]).filter(([key]) => key.startsWith(`${prefix}.`))) as Record<NamespaceKey<Prefix>, string>;
}
