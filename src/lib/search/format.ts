/**
 * The published search index: its files and a check for each. No lunr here, so the page script
 * that fetches the files stays small.
 *
 * One locale's index is a small manifest at a stable URL (`search-index/vi.json`) and, beside
 * it, files whose names carry a hash of their content (`search-index/vi/…`), so they can be
 * cached for good: term shards (lunr's weights and the words' positions for a range of folded
 * terms) and one text file per lesson (for snippets). A query downloads the manifest, the
 * shards of its terms and the texts of the results it shows — not the whole curriculum.
 */

/** Bump when a file layout changes, so a stale cached file is never misread. */
export const SEARCH_INDEX_FORMAT = 2;

/** Indexed fields. lunr normalises each field's score by its length, so short fields weigh most. */
export const SEARCH_FIELDS = ['title', 'keywords', 'headings', 'summary', 'body', 'track'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** What a result shows before its text arrives, and where to find the text. */
export interface ManifestDocument {
  slug: string;
  title: string;
  track: string;
  /** Language of the text when it differs from the index locale. */
  lang?: string;
  /** Hash in the name of the lesson's text file (see `textFileName`). */
  text: string;
}

/** `search-index/<locale>.json`: everything a query needs before it knows which shards to fetch. */
export interface SearchManifest {
  format: typeof SEARCH_INDEX_FORMAT;
  locale: string;
  /** Lessons in catalog order (the order of a tie); a lesson's number is its place here. */
  docs: ManifestDocument[];
  /**
   * Every index term, sorted: the vocabulary that exact words, prefixes and typos are looked up
   * in, so a typo that changes a word's first letter still finds the word, in whatever shard.
   */
  terms: string[];
  /** Shard files (see `shardFileName`), by folded range: shard i holds terms folding to ≥ `shardFrom[i]`. */
  shards: string[];
  /** First folded term of each shard, ascending; the first is always "". */
  shardFrom: string[];
}

/**
 * A shard: every index term whose folded form falls in one range. lunr has weighed each term
 * in each lesson already (BM25 per field, times the field's boost, summed over fields), so
 * scores need no corpus statistics on the query side.
 */
export interface SearchShard {
  format: typeof SEARCH_INDEX_FORMAT;
  terms: string[];
  /** Per term: pairs (lesson − previous lesson, weight × 1000), lessons ascending. */
  weights: number[][];
  /**
   * Per term: where the term is a word as written (its exact form), per lesson: lesson −
   * previous lesson, how many positions, then the positions, each minus the previous one.
   * A position is 2 × (word number) + 1 when the word starts a phrase (first of a field, or
   * after punctuation or a line break). Empty for a term that only exists folded.
   */
  positions: number[][];
}

/** A lesson's text, for snippets (no notes, no quiz). */
export interface SearchText {
  format: typeof SEARCH_INDEX_FORMAT;
  summary: string;
  text: string;
}

/** Folder, beside the manifest, holding a locale's shards and texts: `search-index/vi/`. */
export function searchFilesDir(locale: string): string {
  return `search-index/${locale}/`;
}

export function shardFileName(hash: string): string {
  return `s-${hash}.json`;
}

export function textFileName(slug: string, hash: string): string {
  return `${slug}.${hash}.json`;
}

const isArray = Array.isArray;

/** True when `value` looks like a manifest this code can read. */
export function isSearchManifest(value: unknown): value is SearchManifest {
  if (!value || typeof value !== 'object') return false;
  const file = value as Partial<SearchManifest>;
  return file.format === SEARCH_INDEX_FORMAT && isArray(file.docs) && isArray(file.terms) && isArray(file.shards)
    && isArray(file.shardFrom) && file.shards.length === file.shardFrom.length && file.shardFrom[0] === '';
}

/** True when `value` looks like a shard this code can read. */
export function isSearchShard(value: unknown): value is SearchShard {
  if (!value || typeof value !== 'object') return false;
  const file = value as Partial<SearchShard>;
  return file.format === SEARCH_INDEX_FORMAT && isArray(file.terms) && isArray(file.weights) && isArray(file.positions)
    && file.weights.length === file.terms.length && file.positions.length === file.terms.length;
}

/** True when `value` looks like a lesson text this code can read. */
export function isSearchText(value: unknown): value is SearchText {
  if (!value || typeof value !== 'object') return false;
  const file = value as Partial<SearchText>;
  return file.format === SEARCH_INDEX_FORMAT && typeof file.summary === 'string' && typeof file.text === 'string';
}
