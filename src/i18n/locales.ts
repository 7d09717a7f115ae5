/**
 * The languages the UI has string tables for (Vietnamese, the source table, first). Which of
 * them a build publishes, and which is the default at the root, is set in src/site.config.ts;
 * astro.config.mjs and the pages read it from there.
 */
export const UI_LOCALES = ['vi', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** The language of the source string tables (and of the browser scripts' fallback). */
export const SOURCE_LOCALE: UiLocale = UI_LOCALES[0];

/** True when `value` is a language the UI has strings for. */
export function isUiLocale(value: string | undefined): value is UiLocale {
  return (UI_LOCALES as readonly string[]).includes(value ?? '');
}
