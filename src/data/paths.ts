/**
 * `getStaticPaths` for every page, in one place: `pathsFor(kind)` gives one path per locale and
 * entry, and passes the page what it shows — its page context (`page`: translator, URLs,
 * breadcrumbs) and its prepared data (a lesson with its views, a session plan with its tests, …),
 * so pages never look anything up themselves.
 *
 *   export const getStaticPaths = pathsFor('session');
 *   type Props = PathProps<'session'>;
 */
import type { UiLocale } from '../i18n/index.ts';
import { loadCatalog } from './content.ts';
import { lessonPages } from './lessons.ts';
import { langParam, pageContext, SITE_LOCALES, type PageContext } from './page.ts';
import { quizPages, sessionPages } from './sessions.ts';

type Built<P> = Promise<Array<{ params?: Record<string, string>; props: P }>>;

/** The entries of each kind of page in one locale, with what each page is given. */
const KINDS = {
  /** A page that exists once per locale (home, search, help, …). */
  locale: async (): Built<object> => [{ props: {} }],
  track: async (locale: UiLocale) => (await loadCatalog(locale)).tracks.map((track) => ({ params: { track: track.track }, props: { track } })),
  lesson: async (locale: UiLocale) => (await lessonPages(locale)).map((lesson) => ({ params: { slug: lesson.slug }, props: { lesson } })),
  session: async (locale: UiLocale) => (await sessionPages(locale)).map((plan) => ({ params: { slug: plan.slug }, props: { plan } })),
  quiz: async (locale: UiLocale) => (await quizPages(locale)).map((test) => ({ params: { slug: test.slug }, props: { test } })),
};

export type PathKind = keyof typeof KINDS;

/** What a page of `kind` gets as `Astro.props`. */
export type PathProps<K extends PathKind> = { page: PageContext } & Awaited<ReturnType<(typeof KINDS)[K]>>[number]['props'];

/** `getStaticPaths` of a page of `kind`: every locale (the default one at the root), every entry. */
export function pathsFor<K extends PathKind>(kind: K) {
  return async () => {
    const perLocale = await Promise.all(
      SITE_LOCALES.map(async (locale) => {
        const page = pageContext(locale);
        const entries = (await KINDS[kind](locale)) as Array<{ params?: Record<string, string>; props: object }>;
        return entries.map(({ params, props }) => ({ params: { lang: langParam(locale), ...params }, props: { page, ...props } as PathProps<K> }));
      }),
    );
    return perLocale.flat();
  };
}
