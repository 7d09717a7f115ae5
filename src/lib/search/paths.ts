/** Where the search index of a locale is published (one static file per locale). */
import { joinBase } from '../url/paths.ts';

/** Site path of a locale's index file: `/search-index/vi.json`. */
export function searchIndexPath(locale: string): string {
  return `/search-index/${locale}.json`;
}

/**
 * Full URL of a locale's index under the base path. It stays the same from build to build: the
 * offline download and the service worker cache it under this URL, and the page asks the
 * server whether it changed (ETag / Last-Modified) instead of trusting an old copy.
 */
export function searchIndexUrl(base: string, locale: string): string {
  return joinBase(base, searchIndexPath(locale));
}
