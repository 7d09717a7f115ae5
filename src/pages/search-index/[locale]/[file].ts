/**
 * Publishes the files beside each locale's search manifest: term shards and lesson texts, named
 * by their content (/search-index/vi/s-….json, /search-index/vi/<slug>.….json).
 */
import type { APIRoute } from 'astro';
import { SITE_LOCALES } from '../../../data/page.ts';
import { publishedSearchIndex } from '../../../data/search.ts';

export async function getStaticPaths() {
  const paths = await Promise.all(SITE_LOCALES.map(async (locale) => {
    const { files } = await publishedSearchIndex(locale);
    return files.map(({ name, content }) => ({ params: { locale, file: name }, props: { content } }));
  }));
  return paths.flat();
}

export const GET: APIRoute<{ content: string }> = ({ props }) =>
  new Response(props.content, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
