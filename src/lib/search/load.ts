/**
 * Turns a compact index file (build.ts) into postings ready for querying, in the browser or in
 * Node. lunr computed every weight at build time (BM25 per field, times the field's boost);
 * lunr's query scores a lesson as the sum over fields of query·field / |query|, so a lesson's
 * weight for a term is simply the sum of its field weights. A query is then one pass over the
 * postings of its terms (query.ts) — no lunr code in the browser, and no per-posting objects
 * to allocate on a cheap phone.
 */
import type { SearchIndexFile, StoredDocument } from './format.ts';

/** The lessons holding one term, ascending, with the term's weight in each. */
export interface Postings {
  docs: Int32Array;
  weights: Float64Array;
}

/** A loaded index: sorted terms, their postings, and the stored documents for showing results. */
export interface LoadedSearchIndex {
  locale: string;
  docs: StoredDocument[];
  /** Every index term, sorted (prefix lookups use binary search). */
  terms: readonly string[];
  /** Term → its position in `terms` and `postings`. */
  termIds: ReadonlyMap<string, number>;
  postings: readonly Postings[];
}

/** Rebuilds postings from the per-document vectors of the file. */
export function loadSearchIndex(file: SearchIndexFile): LoadedSearchIndex {
  const termCount = file.terms.length;
  const docLists: number[][] = Array.from({ length: termCount }, () => []);
  const weightLists: number[][] = Array.from({ length: termCount }, () => []);

  file.vectors.forEach((fields, doc) => {
    for (const packed of fields) {
      let term = 0;
      for (let i = 0; i < packed.length; i += 2) {
        term += packed[i]!;
        const weight = packed[i + 1]! / 1000;
        const docs = docLists[term]!;
        const weights = weightLists[term]!;
        if (docs[docs.length - 1] === doc) weights[weights.length - 1]! += weight;
        else {
          docs.push(doc);
          weights.push(weight);
        }
      }
    }
  });

  return {
    locale: file.locale,
    docs: file.docs,
    terms: file.terms,
    termIds: new Map(file.terms.map((term, id) => [term, id])),
    postings: docLists.map((docs, id) => ({ docs: Int32Array.from(docs), weights: Float64Array.from(weightLists[id]!) })),
  };
}
