/** Where the search index of a locale is published. */
import { joinBase } from '../url/paths.ts';

/** Site path of a locale's manifest: `/search-index/vi.json`. */
export function searchIndexPath(locale: string): string {
  return `/search-index/${locale}.json`;
}

/**
 * Full URL of a locale's manifest under the base path. It stays the same from build to build:
 * the offline download and the service worker cache it under this URL, and the page asks the
 * server whether it changed (ETag / Last-Modified) instead of trusting an old copy. The files
 * it lists carry their content's hash in their names, so they can be cached for good.
 */
export function searchIndexUrl(base: string, locale: string): string {
  return joinBase(base, searchIndexPath(locale));
}

/** Full URL of any file of the published index, from its site path (`search-index/vi/s-….json`). */
export function searchFileUrl(base: string, path: string): string {
  return joinBase(base, path);
}
