/** What every page needs to render in one locale: the translator and the URL builder. */
import { useTranslations, type UiLocale } from '../i18n/index.ts';
import { createUrlBuilder } from '../lib/url/paths.ts';
import { siteConfig } from '../site.config.ts';

export const BASE = import.meta.env.BASE_URL;

/** Locales a page exists in, with the default (root) first. */
export const SITE_LOCALES = siteConfig.locales as UiLocale[];
export const DEFAULT_LOCALE = SITE_LOCALES[0]!;

export function pageContext(locale: UiLocale) {
  return {
    locale,
    t: useTranslations(locale),
    url: createUrlBuilder({ base: BASE, locale, defaultLocale: DEFAULT_LOCALE }),
    /** The other locales, for the language switch. */
    otherLocales: SITE_LOCALES.filter((l) => l !== locale),
    /** Picks the text of a localized config value, falling back to Vietnamese. */
    pick: (text: { vi: string; en?: string }) => (locale === 'en' ? (text.en ?? text.vi) : text.vi),
  };
}
export type PageContext = ReturnType<typeof pageContext>;

/** `getStaticPaths` entries for a page that exists in every locale (`[...lang]` routes). */
export function localePaths() {
  return SITE_LOCALES.map((locale) => ({
    params: { lang: locale === DEFAULT_LOCALE ? undefined : locale },
    props: { locale },
  }));
}

/** `getStaticPaths` entries for every (locale, slug): each slug exists in every locale. */
export function slugPaths(slugs: readonly string[]) {
  return SITE_LOCALES.flatMap((locale) =>
    slugs.map((slug) => ({ params: { lang: locale === DEFAULT_LOCALE ? undefined : locale, slug }, props: { locale, slug } })),
  );
}
