/**
 * Fetches this page's search manifest at most once per page, and only when asked: when a search
 * box gets focus, or when the search page opens. The manifest is small (the vocabulary and the
 * lessons' names); the search page fetches the shards and texts a query needs
 * (src/lib/search/client.ts).
 */
import { isSearchManifest, type SearchManifest } from '../lib/search/format.ts';
import { searchIndexUrl } from '../lib/search/paths.ts';

let pending: Promise<SearchManifest> | undefined;

/** The manifest URL of this page's locale, under the page's base path. */
export function pageSearchIndexUrl(): string {
  const root = document.documentElement;
  return searchIndexUrl(root.dataset.base ?? '/', root.dataset.locale ?? 'vi');
}

/** The manifest of this page's locale; a failed fetch may be retried by calling again. */
export function fetchSearchManifest(): Promise<SearchManifest> {
  // `no-cache` revalidates (a 304 when unchanged), so a rebuilt site never searches an old index.
  pending ??= fetch(pageSearchIndexUrl(), { cache: 'no-cache' })
    .then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const file: unknown = await response.json();
      if (!isSearchManifest(file)) throw new Error('unexpected search index format');
      return file;
    })
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}

/** Starts fetching the manifest the first time a header search box gets focus. */
export function setUpSearchPrefetch(): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('[data-search-input]')) {
    input.addEventListener('focus', () => void fetchSearchManifest().catch(() => undefined), { once: true });
  }
}
