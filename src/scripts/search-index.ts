/**
 * Fetches this page's search index at most once per page, and only when asked: when a search
 * box gets focus, or when the search page opens. No lunr here — the header stays light; the
 * search island turns the file into an index (src/lib/search/load.ts).
 */
import { isSearchIndexFile, type SearchIndexFile } from '../lib/search/format.ts';
import { searchIndexUrl } from '../lib/search/paths.ts';

let pending: Promise<SearchIndexFile> | undefined;

/** The index URL of this page's locale, under the page's base path. */
export function pageSearchIndexUrl(): string {
  const root = document.documentElement;
  return searchIndexUrl(root.dataset.base ?? '/', root.dataset.locale ?? 'vi');
}

/** The index file of this page's locale; a failed fetch may be retried by calling again. */
export function fetchSearchIndex(): Promise<SearchIndexFile> {
  // `no-cache` revalidates (a 304 when unchanged), so a rebuilt site never searches an old index.
  pending ??= fetch(pageSearchIndexUrl(), { cache: 'no-cache' })
    .then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const file: unknown = await response.json();
      if (!isSearchIndexFile(file)) throw new Error('unexpected search index format');
      return file;
    })
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}

/** Starts fetching the index the first time a header search box gets focus. */
export function setUpSearchPrefetch(): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('[data-search-input]')) {
    input.addEventListener('focus', () => void fetchSearchIndex().catch(() => undefined), { once: true });
  }
}
