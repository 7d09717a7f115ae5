/**
 * The search index of each locale, built once per build from the catalog and shared by the
 * endpoints that publish it (/search-index/<locale>.json and the files beside it) and the search
 * page (suggestions).
 */
import { buildState } from './build-state.ts';
import { loadCatalog } from './content.ts';
import { useTranslations, type UiLocale } from '../i18n/index.ts';
import { buildSearchFiles, type PublishedFile } from '../lib/search/build.ts';
import { catalogSearchDocuments, type ReadableBody } from '../lib/search/document.ts';
import { suggestedSearches } from '../lib/search/suggest.ts';
import type { Track } from '../schemas/common.ts';

export interface PublishedSearchIndex {
  /** The manifest's contents. */
  manifest: string;
  /** Shards and lesson texts, named by their content, published under /search-index/<locale>/. */
  files: PublishedFile[];
  /** Keywords to offer on an empty search page. */
  suggestions: string[];
}

const cache = new Map<UiLocale, Promise<PublishedSearchIndex>>();
/** Lesson bodies read for one locale's index, reused by the others (untranslated lessons). */
const bodies = new Map<string, ReadableBody>();

/** The published index of one locale (memoised for the build). */
export function publishedSearchIndex(locale: UiLocale): Promise<PublishedSearchIndex> {
  let entry = cache.get(locale);
  if (!entry) {
    entry = (async () => {
      const t = useTranslations(locale);
      const catalog = await loadCatalog(locale);
      const { clock, tree } = buildState();
      // Timed as the build's search stage; the lessons' Markdown is the build's shared parse.
      return clock.run('search', () => {
        const docs = catalogSearchDocuments(catalog, { trackLabel: (track) => t(`track.${track as Track}`), bodies, parse: tree });
        const { manifest, files } = buildSearchFiles(docs, locale);
        return { manifest: JSON.stringify(manifest), files, suggestions: suggestedSearches(docs, 6) };
      });
    })();
    cache.set(locale, entry);
  }
  return entry;
}
