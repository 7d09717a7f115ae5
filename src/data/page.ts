/** What every page needs to render in one locale: the translator, the URL builder, breadcrumbs. */
import { useTranslations, type UiLocale } from '../i18n/index.ts';
import { localizeText } from '../lib/content/localize.ts';
import { createUrlBuilder } from '../lib/url/paths.ts';
import { DEFAULT_LOCALE, SITE_LOCALES } from '../site.config.ts';

export { DEFAULT_LOCALE, SITE_LOCALES };

export const BASE = import.meta.env.BASE_URL;

/** A breadcrumb: a label, and the site path it links to (none for the current page). */
export interface Crumb {
  label: string;
  path?: string;
}

function createPageContext(locale: UiLocale) {
  const t = useTranslations(locale);
  const url = createUrlBuilder({ base: BASE, locale, defaultLocale: DEFAULT_LOCALE });
  return {
    locale,
    t,
    url,
    /** The other locales, for the language switch. */
    otherLocales: SITE_LOCALES.filter((l) => l !== locale),
    /** Picks the text of a localized config value, falling back to the default language. */
    pick: (text: { vi: string; en?: string }) => localizeText(text, locale, DEFAULT_LOCALE),
    /** Breadcrumbs from the home page to `trail`'s last item (the current page). */
    crumbs: (...trail: Crumb[]) =>
      [{ label: t('nav.home'), path: '/' }, ...trail].map(({ label, path }) => ({ label, ...(path === undefined ? {} : { href: url.page(path) }) })),
  };
}
export type PageContext = ReturnType<typeof createPageContext>;

const contexts = new Map<UiLocale, PageContext>();

/** The page context of a locale (one per locale and build). */
export function pageContext(locale: UiLocale): PageContext {
  let ctx = contexts.get(locale);
  if (!ctx) contexts.set(locale, (ctx = createPageContext(locale)));
  return ctx;
}

/** The `[...lang]` route parameter of a locale: none for the default one, served at the root. */
export function langParam(locale: UiLocale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}
