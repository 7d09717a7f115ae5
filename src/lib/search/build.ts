/**
 * Builds the search index of one locale at build time, as the files format.ts describes.
 *
 * lunr weighs every term (BM25 per field, times the field's boost), fed by our own Vietnamese
 * pipeline (terms.ts) instead of its English one, which cuts Vietnamese letters at word edges.
 * lunr's own JSON repeats every document key in every posting and every field name in every
 * term, and must be loaded whole; ours cuts the terms into shards by their folded form, so a
 * query fetches only the shards of its words, and keeps lunr's weights (already rounded to 3
 * decimals) as integers. load.ts turns shards into postings, and query.ts scores exactly as
 * lunr's `Index.query` does.
 */
import lunr from 'lunr';
import { foldVietnamese } from '../text/fold.ts';
import { indexTerms, wordSequence } from './terms.ts';
import type { SearchDocument } from './document.ts';
import {
  SEARCH_FIELDS,
  SEARCH_INDEX_FORMAT,
  shardFileName,
  textFileName,
  type ManifestDocument,
  type SearchField,
  type SearchManifest,
  type SearchShard,
  type SearchText,
} from './format.ts';

/**
 * How much a word counts in each field, relative to the body. lunr multiplies the field's BM25
 * weights by it, so a word in the title or keywords outranks the same word in passing.
 */
const FIELD_BOOSTS: Record<SearchField, number> = { title: 3, keywords: 3, headings: 2, summary: 1.5, body: 1, track: 0.5 };

/**
 * Size a shard grows to (characters of JSON) before the next starts. A query fetches about one
 * shard per word, so this, not the size of the curriculum, sets what a word costs; a single
 * very common word may make its shard larger.
 */
export const SHARD_TARGET_CHARS = 3_000;

function fieldText(doc: SearchDocument, field: SearchField): string {
  switch (field) {
    case 'title': return doc.title;
    case 'keywords': return doc.keywords.join('\n');
    case 'headings': return doc.headings.join('\n');
    case 'summary': return doc.summary;
    case 'body': return doc.text;
    case 'track': return doc.trackLabel;
  }
}

/** lunr's in-memory index of some lessons (document refs are their positions), with our pipeline. */
export function buildLunrIndex(docs: readonly SearchDocument[]): lunr.Index {
  const builder = new lunr.Builder();
  // Our tokenizer already yields final terms; lunr's stemmer and trimmer must not touch them.
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.metadataWhitelist = [];
  builder.tokenizer = ((value: unknown) =>
    indexTerms(typeof value === 'string' ? value : '').map((term) => new lunr.Token(term, {}))) as typeof lunr.tokenizer;
  builder.ref('ref');
  for (const field of SEARCH_FIELDS) {
    builder.field(field, { boost: FIELD_BOOSTS[field], extractor: (doc: object) => fieldText(doc as SearchDocument, field) });
  }
  docs.forEach((doc, position) => builder.add({ ...doc, ref: String(position) }));
  return builder.build();
}

/**
 * A short hash of a file's content for its name (two 32-bit FNV-1a variants): a changed file
 * gets a new name, so a cached copy of a name is always right.
 */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(36).padStart(7, '0') + (b >>> 0).toString(36).padStart(7, '0').slice(0, 3);
}

/** One published file: its path relative to the locale's folder (`search-index/<locale>/`) and content. */
export interface PublishedFile {
  name: string;
  content: string;
}

/** A locale's published index: the manifest and the files beside it. */
export interface SearchIndexFiles {
  manifest: SearchManifest;
  /** Shards and lesson texts, named by their content. */
  files: PublishedFile[];
}

/** Delta-codes ascending (key, values…) groups, the keys as differences from the previous key. */
function deltaKeys<T>(entries: ReadonlyArray<[number, T]>, write: (out: number[], value: T) => void): number[] {
  const out: number[] = [];
  let previous = 0;
  for (const [key, value] of entries) {
    out.push(key - previous);
    previous = key;
    write(out, value);
  }
  return out;
}

/** Builds the index files of one locale from its lessons (in the order they should list on a tie). */
export function buildSearchFiles(docs: readonly SearchDocument[], locale: string, options: { shardTarget?: number } = {}): SearchIndexFiles {
  const index = buildLunrIndex(docs) as lunr.Index & {
    invertedIndex: Record<string, { _index: number }>;
    fieldVectors: Record<string, { elements: number[] }>;
  };
  const terms = Object.keys(index.invertedIndex).sort();
  const termOfIndex = new Map<number, string>();
  for (const term of terms) termOfIndex.set(index.invertedIndex[term]!._index, term);

  // Weights: a lesson's weight for a term is the sum of its fields' weights (lunr's query sums
  // query·field over fields), kept as integers (thousandths) as lunr rounds them.
  const weights = new Map<string, Map<number, number>>();
  docs.forEach((_doc, ref) => {
    for (const field of SEARCH_FIELDS) {
      const elements = index.fieldVectors[`${field}/${ref}`]?.elements ?? [];
      for (let i = 0; i < elements.length; i += 2) {
        const term = termOfIndex.get(elements[i]!)!;
        let perDoc = weights.get(term);
        if (!perDoc) weights.set(term, (perDoc = new Map()));
        perDoc.set(ref, (perDoc.get(ref) ?? 0) + Math.round(elements[i + 1]! * 1000));
      }
    }
  });

  // Positions: every word of the title, summary and body under its exact form.
  const positions = new Map<string, Map<number, number[]>>();
  docs.forEach((doc, ref) => {
    for (const { exact, position } of wordSequence([doc.title, doc.summary, doc.text])) {
      let perDoc = positions.get(exact);
      if (!perDoc) positions.set(exact, (perDoc = new Map()));
      const list = perDoc.get(ref);
      if (list) list.push(position);
      else perDoc.set(ref, [position]);
    }
  });

  const encodeTerm = (term: string) => {
    const w = [...(weights.get(term) ?? new Map<number, number>())].sort((a, b) => a[0] - b[0]);
    const p = [...(positions.get(term) ?? new Map<number, number[]>())].sort((a, b) => a[0] - b[0]);
    return {
      weights: deltaKeys(w, (out, weight) => out.push(weight)),
      positions: deltaKeys(p, (out, list) => {
        out.push(list.length);
        let previous = 0;
        for (const position of list) {
          out.push(position - previous);
          previous = position;
        }
      }),
    };
  };

  // Shards: terms grouped by folded form (so a word's spellings travel together), folded
  // forms in order, cut when a shard reaches the target size.
  const byFolded = new Map<string, string[]>();
  for (const term of terms) {
    const folded = foldVietnamese(term);
    const group = byFolded.get(folded);
    if (group) group.push(term);
    else byFolded.set(folded, [term]);
  }
  const target = options.shardTarget ?? SHARD_TARGET_CHARS;
  const files: PublishedFile[] = [];
  const shards: string[] = [];
  const shardFrom: string[] = [];
  let current: SearchShard = { format: SEARCH_INDEX_FORMAT, terms: [], weights: [], positions: [] };
  let currentSize = 0;
  let currentFrom = '';
  const close = () => {
    const content = JSON.stringify(current);
    const name = shardFileName(contentHash(content));
    files.push({ name, content });
    shards.push(name);
    shardFrom.push(currentFrom);
  };
  const folds = [...byFolded.keys()].sort();
  for (const folded of folds) {
    if (currentSize >= target) {
      close();
      current = { format: SEARCH_INDEX_FORMAT, terms: [], weights: [], positions: [] };
      currentSize = 0;
      currentFrom = folded;
    }
    for (const term of byFolded.get(folded)!) {
      const encoded = encodeTerm(term);
      current.terms.push(term);
      current.weights.push(encoded.weights);
      current.positions.push(encoded.positions);
      currentSize += term.length + 8 + (encoded.weights.length + encoded.positions.length) * 3;
    }
  }
  close();

  const manifestDocs: ManifestDocument[] = docs.map((doc) => {
    const text: SearchText = { format: SEARCH_INDEX_FORMAT, summary: doc.summary, text: doc.text };
    const content = JSON.stringify(text);
    const hash = contentHash(content);
    files.push({ name: textFileName(doc.slug, hash), content });
    return { slug: doc.slug, title: doc.title, track: doc.track, ...(doc.lang ? { lang: doc.lang } : {}), text: hash };
  });

  return {
    manifest: { format: SEARCH_INDEX_FORMAT, locale, docs: manifestDocs, terms, shards, shardFrom },
    files,
  };
}
