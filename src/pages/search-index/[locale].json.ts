/** Publishes each locale's search manifest as a static file: /search-index/vi.json, /search-index/en.json. */
import type { APIRoute } from 'astro';
import { SITE_LOCALES } from '../../data/page.ts';
import { publishedSearchIndex } from '../../data/search.ts';
import type { UiLocale } from '../../i18n/index.ts';

export function getStaticPaths() {
  return SITE_LOCALES.map((locale) => ({ params: { locale }, props: { locale } }));
}

export const GET: APIRoute<{ locale: UiLocale }> = async ({ props }) => {
  const { manifest } = await publishedSearchIndex(props.locale);
  return new Response(manifest, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
