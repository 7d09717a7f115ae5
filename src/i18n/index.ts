/** Translation helpers: `t(locale)` returns a typed lookup with `{name}` interpolation. */
import { en } from './en.ts';
import { vi, type UiKey } from './vi.ts';

export type { UiKey } from './vi.ts';

export const DEFAULT_LOCALE = 'vi';
export const UI_LOCALES = ['vi', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export const tables: Record<UiLocale, Record<UiKey, string>> = { vi, en };

/** Fills `{name}` placeholders. Unknown placeholders are left visible so they get noticed. */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A translator for one locale: `t('lesson.duration', { n: 15 })`. */
export function useTranslations(locale: UiLocale) {
  const table = tables[locale];
  return (key: UiKey, values?: Record<string, string | number>): string => interpolate(table[key], values);
}
export type Translate = ReturnType<typeof useTranslations>;

/** True when `value` is a locale the UI has strings for. */
export function isUiLocale(value: string | undefined): value is UiLocale {
  return value === 'vi' || value === 'en';
}
