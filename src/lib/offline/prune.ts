/**
 * Which kept offline copies are dead weight. Search shards and build files carry a hash of their
 * content in their names, so every new build of the site gives changed ones new names and the
 * old copies are never asked for again; on a phone with little space they would pile up build
 * after build. After the learner's browser has the current list of such files (a search
 * manifest, or the offline download's list), copies in the same scope that the list does not
 * name are deleted. Pure: the page script (src/scripts/cache-prune.ts) does the deleting.
 */
import type { SearchManifest } from '../search/format.ts';
import { searchFilesDir, textFileName } from '../search/format.ts';
import { joinBase } from '../url/paths.ts';
import { isBuildAsset } from './caches.ts';

/** Says whether a cached URL is one that a current list can speak for. */
export type PruneScope = (url: URL) => boolean;

/** Cached URLs in `scope` that are not among `current` (absolute URLs, compared without query or hash). */
export function staleCachedUrls(cached: readonly string[], current: ReadonlySet<string>, scope: PruneScope): string[] {
  const bare = (href: string) => {
    const url = new URL(href);
    url.search = '';
    url.hash = '';
    return url.href;
  };
  const keep = new Set([...current].map(bare));
  return cached.filter((href) => scope(new URL(href)) && !keep.has(bare(href)));
}

/** A locale's shards and lesson texts (`…/search-index/vi/…`) under the site's base URL. */
export function searchFilesScope(siteUrl: URL, locale: string): PruneScope {
  const folder = new URL(joinBase(siteUrl.pathname, `/${searchFilesDir(locale)}`), siteUrl).pathname;
  return (url) => url.origin === siteUrl.origin && url.pathname.startsWith(folder);
}

/** The site's hashed build files (`…/_astro/…`). */
export function buildAssetsScope(siteUrl: URL): PruneScope {
  return (url) => url.origin === siteUrl.origin && isBuildAsset({ url });
}

/** Absolute URLs of every shard and lesson text a search manifest names. */
export function searchManifestFiles(manifest: Pick<SearchManifest, 'locale' | 'shards' | 'docs'>, siteUrl: URL): Set<string> {
  const dir = searchFilesDir(manifest.locale);
  const names = [...manifest.shards, ...manifest.docs.map((doc) => textFileName(doc.slug, doc.text))];
  return new Set(names.map((name) => new URL(joinBase(siteUrl.pathname, `/${dir}${name}`), siteUrl).href));
}
