/**
 * The published search index file: its layout and a check for it. No lunr here, so the page
 * script that only fetches the file stays small.
 */

/** Bump when the file layout changes, so a stale cached file is never misread. */
export const SEARCH_INDEX_FORMAT = 1;

/** Indexed fields. lunr normalises each field's score by its length, so short fields weigh most. */
export const SEARCH_FIELDS = ['title', 'keywords', 'headings', 'summary', 'body', 'track'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** What a result shows; the rest of a lesson lives only in the index terms. */
export interface StoredDocument {
  slug: string;
  title: string;
  track: string;
  summary: string;
  /** Body text for snippets (no notes, no quiz). */
  text: string;
  /** Language of the text when it differs from the index locale. */
  lang?: string;
}

/** The serialised index: one static JSON file per locale. */
export interface SearchIndexFile {
  format: typeof SEARCH_INDEX_FORMAT;
  locale: string;
  fields: readonly SearchField[];
  docs: StoredDocument[];
  /** Every index term, sorted (lunr's token set needs sorted input). */
  terms: string[];
  /**
   * `vectors[doc][field]`: pairs of (term number − previous term number, score × 1000), term
   * numbers ascending. An empty array when the field has no terms.
   */
  vectors: number[][][];
}

/** True when `value` looks like an index file this code can read. */
export function isSearchIndexFile(value: unknown): value is SearchIndexFile {
  if (!value || typeof value !== 'object') return false;
  const file = value as Partial<SearchIndexFile>;
  return file.format === SEARCH_INDEX_FORMAT && Array.isArray(file.docs) && Array.isArray(file.terms)
    && Array.isArray(file.vectors) && Array.isArray(file.fields);
}
