/**
 * Turns the published files (build.ts) into an index ready for querying, in the browser or in
 * Node: the manifest first, then each shard as a query needs it. lunr computed every weight at
 * build time (BM25 per field, times the field's boost, summed over fields: lunr's query scores
 * a lesson as the sum over fields of query·field / |query|), so a query is one pass over the
 * postings of its terms (query.ts) — no lunr code in the browser, and no per-posting objects
 * to allocate on a cheap phone.
 */
import { foldVietnamese } from '../text/fold.ts';
import type { ManifestDocument, SearchManifest, SearchShard } from './format.ts';

/** The lessons holding one term, ascending, with the term's weight in each. */
export interface Postings {
  docs: Int32Array;
  weights: Float64Array;
}

/** Where one exact form stands in each lesson holding it: lesson `docs[i]` has `values[starts[i]…starts[i+1]]`. */
export interface Positions {
  docs: Int32Array;
  starts: Int32Array;
  values: Int32Array;
}

const NO_POSTINGS: Postings = { docs: new Int32Array(0), weights: new Float64Array(0) };

/** A manifest, and the shards loaded so far. */
export interface SearchIndex {
  locale: string;
  docs: readonly ManifestDocument[];
  /** Every index term, sorted (prefix lookups use binary search). */
  terms: readonly string[];
  /** Term → its position in `terms`. */
  termIds: ReadonlyMap<string, number>;
  /** Shard file names, and the first folded term of each. */
  shards: readonly string[];
  shardFrom: readonly string[];
  /** Which shards are loaded. */
  loaded: Set<number>;
  /** Per term, once its shard is loaded. */
  postings: Array<Postings | undefined>;
  /** Per exact form, once its shard is loaded. */
  positions: Array<Positions | undefined>;
  /**
   * Per term, once its shard is loaded: the exact forms whose words it stands for. A term typed
   * with marks stands for itself; a term without marks for every spelling that folds to it
   * (`ho` → "ho", "hộ", "hồ", "họ"), as the index holds each word under both forms.
   */
  forms: Array<readonly number[] | undefined>;
}

/** An index with no shard loaded yet. */
export function openSearchIndex(manifest: SearchManifest): SearchIndex {
  return {
    locale: manifest.locale,
    docs: manifest.docs,
    terms: manifest.terms,
    termIds: new Map(manifest.terms.map((term, id) => [term, id])),
    shards: manifest.shards,
    shardFrom: manifest.shardFrom,
    loaded: new Set(),
    postings: new Array(manifest.terms.length),
    positions: new Array(manifest.terms.length),
    forms: new Array(manifest.terms.length),
  };
}

/** The shard holding a term: the last whose first folded term is not after the term's folded form. */
export function shardOf(index: SearchIndex, term: number): number {
  const folded = foldVietnamese(index.terms[term]!);
  const from = index.shardFrom;
  let low = 0;
  let high = from.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (from[middle]! <= folded) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Adds a shard's postings and positions to the index. */
export function addShard(index: SearchIndex, shardNumber: number, shard: SearchShard): void {
  if (index.loaded.has(shardNumber)) return;
  const ids = shard.terms.map((term) => {
    const id = index.termIds.get(term);
    if (id === undefined) throw new Error(`shard ${shardNumber} holds "${term}", which the manifest does not list`);
    return id;
  });
  ids.forEach((id, i) => {
    const packed = shard.weights[i]!;
    const docs = new Int32Array(packed.length / 2);
    const weights = new Float64Array(packed.length / 2);
    let doc = 0;
    for (let j = 0; j < packed.length; j += 2) {
      doc += packed[j]!;
      docs[j / 2] = doc;
      weights[j / 2] = packed[j + 1]! / 1000;
    }
    index.postings[id] = docs.length > 0 ? { docs, weights } : NO_POSTINGS;
    index.forms[id] = [];
  });
  ids.forEach((id, i) => {
    const packed = shard.positions[i]!;
    if (packed.length === 0) return;
    const docs: number[] = [];
    const starts: number[] = [0];
    const values: number[] = [];
    let doc = 0;
    for (let j = 0; j < packed.length; ) {
      doc += packed[j++]!;
      const count = packed[j++]!;
      let position = 0;
      for (let n = 0; n < count; n++) {
        position += packed[j++]!;
        values.push(position);
      }
      docs.push(doc);
      starts.push(values.length);
    }
    index.positions[id] = { docs: Int32Array.from(docs), starts: Int32Array.from(starts), values: Int32Array.from(values) };
    // This exact form stands for itself, and for its folded form's words (the folded term is
    // in the same shard: shards hold whole folded groups).
    (index.forms[id] as number[]).push(id);
    const folded = index.termIds.get(foldVietnamese(index.terms[id]!));
    if (folded !== undefined && folded !== id) (index.forms[folded] as number[]).push(id);
  });
  index.loaded.add(shardNumber);
}

/** The postings of a term whose shard is loaded. */
export function postingsOf(index: SearchIndex, term: number): Postings {
  const postings = index.postings[term];
  if (!postings) throw new Error(`the shard of "${index.terms[term]}" is not loaded`);
  return postings;
}

/** Index of `doc` in an ascending list, or -1. */
export function findDoc(docs: Int32Array, doc: number): number {
  let low = 0;
  let high = docs.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = docs[middle]!;
    if (value === doc) return middle;
    if (value < doc) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * Calls `visit` for every word of lesson `doc` that `term` stands for, with the word's
 * position (see format.ts) and its exact form (a term number).
 */
export function eachWordOf(index: SearchIndex, term: number, doc: number, visit: (position: number, exact: number) => void): void {
  const forms = index.forms[term];
  if (!forms) throw new Error(`the shard of "${index.terms[term]}" is not loaded`);
  for (const form of forms) {
    const positions = index.positions[form]!;
    const at = findDoc(positions.docs, doc);
    if (at < 0) continue;
    for (let i = positions.starts[at]!; i < positions.starts[at + 1]!; i++) visit(positions.values[i]!, form);
  }
}

/** An index with every shard loaded (tests, benchmarks and build-time checks read it whole). */
export function openWholeIndex(manifest: SearchManifest, shard: (name: string) => SearchShard): SearchIndex {
  const index = openSearchIndex(manifest);
  manifest.shards.forEach((name, number) => addShard(index, number, shard(name)));
  return index;
}
