/**
 * The query side of search, fetching what it needs as it goes: the manifest once, then for each
 * query the shards of its terms (each at most once), and the text of each result shown. It takes
 * the way to read a file as an argument — `fetch` in the page, the build's files in the
 * benchmark — so the same code decides what a query costs in both.
 */
import {
  isSearchManifest,
  isSearchShard,
  isSearchText,
  searchFilesDir,
  textFileName,
  type ManifestDocument,
  type SearchManifest,
  type SearchShard,
  type SearchText,
} from './format.ts';
import { addShard, openSearchIndex, type SearchIndex } from './load.ts';
import { planQuery, searchPlanned, shardsToLoad, type QueryOptions, type SearchOutcome } from './query.ts';

/** Reads a file of the published index by its path under the site root (`search-index/vi.json`). */
export type ReadSearchFile = (path: string) => Promise<unknown>;

/** Site path of a locale's manifest: `search-index/vi.json`. */
export function manifestPath(locale: string): string {
  return `search-index/${locale}.json`;
}

export interface SearchClient {
  /** The index once its manifest is in (started at once; a failure may be retried by calling again). */
  index(): Promise<SearchIndex>;
  /** Runs a query once the shards it needs are in. */
  search(text: string, options?: QueryOptions): Promise<SearchOutcome>;
  /** A lesson's text, for its snippet. */
  text(doc: ManifestDocument): Promise<SearchText>;
}

/** Remembers a promise per key; a rejected one is forgotten, so asking again retries. */
function once<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let pending = cache.get(key);
  if (!pending) {
    pending = make();
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

async function readChecked<T>(read: ReadSearchFile, path: string, check: (value: unknown) => value is T): Promise<T> {
  const value = await read(path);
  if (!check(value)) throw new Error(`${path} is not a search file this page can read`);
  return value;
}

export function createSearchClient(options: { locale: string; read: ReadSearchFile; manifest?: () => Promise<SearchManifest> }): SearchClient {
  const { locale, read } = options;
  const dir = searchFilesDir(locale);
  const shards = new Map<string, Promise<SearchShard>>();
  const texts = new Map<string, Promise<SearchText>>();
  const readManifest = options.manifest ?? (() => readChecked(read, manifestPath(locale), isSearchManifest));
  let opened: Promise<SearchIndex> | undefined;

  const index = () => {
    if (!opened) {
      const pending = readManifest().then(openSearchIndex);
      opened = pending;
      pending.catch(() => {
        if (opened === pending) opened = undefined;
      });
    }
    return opened;
  };

  const search = async (text: string, queryOptions: QueryOptions = {}) => {
    const loaded = await index();
    const plan = planQuery(loaded, text, queryOptions);
    const missing = shardsToLoad(loaded, plan);
    await Promise.all(missing.map(async (shard) => {
      const name = loaded.shards[shard]!;
      const file = await once(shards, name, () => readChecked(read, dir + name, isSearchShard));
      addShard(loaded, shard, file);
    }));
    return searchPlanned(loaded, plan, queryOptions);
  };

  const text = (doc: ManifestDocument) => once(texts, doc.slug, () => readChecked(read, dir + textFileName(doc.slug, doc.text), isSearchText));

  return { index, search, text };
}
