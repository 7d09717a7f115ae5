/**
 * Builds the search index of one locale at build time and writes it in a compact form.
 *
 * lunr weighs every term (BM25 per field, times the field's boost), fed by our own Vietnamese
 * pipeline (terms.ts) instead of its English one, which cuts Vietnamese letters at word edges.
 * lunr's own JSON repeats every document key in every posting and every field name in every
 * term; ours stores the sorted term list once and, per document and field, delta-coded term
 * numbers with integer weights (lunr already rounds them to 3 decimals). load.ts turns these
 * into postings, and query.ts scores exactly as lunr's `Index.query` does.
 */
import lunr from 'lunr';
import { indexTerms } from './terms.ts';
import type { SearchDocument } from './document.ts';
import { SEARCH_FIELDS, SEARCH_INDEX_FORMAT, type SearchField, type SearchIndexFile } from './format.ts';

/**
 * How much a word counts in each field, relative to the body. lunr multiplies the field's BM25
 * weights by it, so a word in the title or keywords outranks the same word in passing.
 */
const FIELD_BOOSTS: Record<SearchField, number> = { title: 3, keywords: 3, headings: 2, summary: 1.5, body: 1, track: 0.5 };

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

/** Builds the index file of one locale from its lessons (in the order they should list on a tie). */
export function buildSearchIndex(docs: readonly SearchDocument[], locale: string): SearchIndexFile {
  const index = buildLunrIndex(docs) as lunr.Index & {
    invertedIndex: Record<string, { _index: number }>;
    fieldVectors: Record<string, { elements: number[] }>;
  };

  const terms = Object.keys(index.invertedIndex).sort();
  const position = new Map<number, number>();
  terms.forEach((term, sorted) => position.set(index.invertedIndex[term]!._index, sorted));

  const vectors = docs.map((_doc, ref) =>
    SEARCH_FIELDS.map((field) => {
      const elements = index.fieldVectors[`${field}/${ref}`]?.elements ?? [];
      const pairs: Array<[number, number]> = [];
      for (let i = 0; i < elements.length; i += 2) pairs.push([position.get(elements[i]!)!, Math.round(elements[i + 1]! * 1000)]);
      pairs.sort((a, b) => a[0] - b[0]);
      const packed: number[] = [];
      let previous = 0;
      for (const [term, score] of pairs) {
        packed.push(term - previous, score);
        previous = term;
      }
      return packed;
    }),
  );

  return {
    format: SEARCH_INDEX_FORMAT,
    locale,
    fields: SEARCH_FIELDS,
    docs: docs.map(({ slug, title, track, summary, text, lang }) => ({ slug, title, track, summary, text, ...(lang ? { lang } : {}) })),
    terms,
    vectors,
  };
}
