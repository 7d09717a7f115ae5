/**
 * Every internal URL is built here, so the site works under any base path (`/`, `/hoc/`) on a
 * plain static server. Naive string joins produced `/hocen/`; this module never does.
 */

/** Route paths inside one locale (a stable contract: tests, bookmarks and printouts rely on them). */
export const routes = {
  home: () => '/',
  track: (track: string) => `/tracks/${track}/`,
  lesson: (slug: string) => `/lessons/${slug}/`,
  slides: (slug: string) => `/lessons/${slug}/slides/`,
  presenter: (slug: string) => `/lessons/${slug}/slides/presenter/`,
  /** Lesson handout (print), its large-print variant and the trainer script (each slide with its notes). */
  lessonPrint: (slug: string) => `/lessons/${slug}/print/`,
  lessonPrintLarge: (slug: string) => `/lessons/${slug}/print/large/`,
  lessonScript: (slug: string) => `/lessons/${slug}/print/script/`,
  quiz: (slug: string) => `/quizzes/${slug}/`,
  sessions: () => '/sessions/',
  session: (slug: string) => `/sessions/${slug}/`,
  sessionReport: (slug: string) => `/sessions/${slug}/report/`,
  sessionPrint: (slug: string) => `/sessions/${slug}/print/`,
  attendanceSheet: (slug: string) => `/sessions/${slug}/print/attendance/`,
  /** The attendance sheet titled only "Danh sách tham dự" (no topic words on the paper). */
  attendanceSheetNeutral: (slug: string) => `/sessions/${slug}/print/attendance/neutral/`,
  quizPrint: (slug: string) => `/quizzes/${slug}/print/`,
  /** Programme roll-up: many trainers' report files added up by the coordinator. */
  reports: () => '/reports/',
  search: () => '/search/',
  progress: () => '/progress/',
  class: () => '/class/',
  help: () => '/help/',
  about: () => '/about/',
} as const;

/** Normalises a base path to start and end with one slash: `hoc` → `/hoc/`, `` → `/`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Joins a normalised base and a site path: (`/hoc/`, `/lessons/a/`) → `/hoc/lessons/a/`. */
export function joinBase(base: string, path: string): string {
  const cleanBase = normalizeBase(base);
  const cleanPath = path.replace(/^\/+/, '');
  return `${cleanBase}${cleanPath}`;
}

/** URL prefix of a locale inside the site: the default locale lives at the root. */
export function localePrefix(locale: string, defaultLocale: string): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

/** Builds full URLs (base + locale + path) for one page's locale. */
export function createUrlBuilder(options: { base: string; locale: string; defaultLocale: string }) {
  const { base, locale, defaultLocale } = options;
  return {
    /** A page of this locale: `/lessons/a/` → `/hoc/en/lessons/a/`. */
    page(path: string): string {
      return joinBase(base, `${localePrefix(locale, defaultLocale)}${path.startsWith('/') ? path : `/${path}`}`);
    },
    /** The same page in another locale. */
    pageIn(otherLocale: string, path: string): string {
      return joinBase(base, `${localePrefix(otherLocale, defaultLocale)}${path.startsWith('/') ? path : `/${path}`}`);
    },
    /** A file shared by all locales (`/local.json`, `/search/vi.json`). */
    asset(path: string): string {
      return joinBase(base, path);
    },
  };
}
export type UrlBuilder = ReturnType<typeof createUrlBuilder>;

/**
 * Splits a pathname from the browser into (locale, site path): `/hoc/en/lessons/a/` with base
 * `/hoc/` → `{ locale: 'en', path: '/lessons/a/' }`.
 */
export function parseSitePath(
  pathname: string,
  options: { base: string; locales: readonly string[]; defaultLocale: string },
): { locale: string; path: string } {
  const base = normalizeBase(options.base);
  let rest = pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;
  if (!rest.startsWith('/')) rest = `/${rest}`;
  for (const locale of options.locales) {
    if (locale === options.defaultLocale) continue;
    if (rest === `/${locale}` || rest.startsWith(`/${locale}/`)) {
      const path = rest.slice(locale.length + 1) || '/';
      return { locale, path };
    }
  }
  return { locale: options.defaultLocale, path: rest };
}
