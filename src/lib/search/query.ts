/**
 * Runs a learner's query against a loaded index. A word typed with diacritics means exactly
 * those letters (`hộ` finds "hộ", never "hồ" or "họ"); a word typed without them finds every
 * spelling (`ho` finds all three), its exact form weighing most. The word being typed also
 * matches as a prefix, and an unknown longer word tolerates one typo — one that never changes
 * a letter the learner marked. Lessons containing more of the words come first, then those
 * where neighbouring query words stand side by side ("công an" before "an toàn … công việc"),
 * then those with more words spelled exactly, then by lunr's weights.
 */
import { searchWords, type WordForms } from './terms.ts';
import type { ManifestDocument } from './format.ts';
import { postingsOf, shardOf, type SearchIndex } from './load.ts';
import { adjacentPairs } from './phrase.ts';

/** Boosts of the ways a query word can match an index term. */
export const QUERY_BOOSTS = { exact: 10, folded: 3, exactPrefix: 2, foldedPrefix: 1, typo: 0.5 } as const;
/**
 * Shortest (folded) word that matches as a prefix. Two letters ("nh", "ng", "th") would match
 * the most common syllables of the language, found in nearly every lesson.
 */
const MIN_PREFIX = 3;
/** Shortest (folded) word that tolerates one typo. */
const MIN_TYPO = 5;
/** Longer queries are cut: a pasted paragraph should not freeze a cheap phone. */
const MAX_WORDS = 12;

/** A word of the query and how it may match. */
export interface QueryWord extends WordForms {
  /** The learner may still be typing it: match it as a prefix too. */
  prefix: boolean;
  /** Typed with diacritics (or `đ`): it matches only words with exactly those letters. */
  marked: boolean;
}

/** True when a text word (in both forms) is one the query word asks for, as query and snippets agree. */
export function wordMatches(word: QueryWord, text: WordForms): boolean {
  if (text.exact === word.exact || (word.prefix && text.exact.startsWith(word.exact))) return true;
  return !word.marked && (text.folded === word.folded || (word.prefix && text.folded.startsWith(word.folded)));
}

/**
 * The words of a query. The last word is a prefix while the learner types (no space after it
 * yet). Repeats are kept: "hop dong lao dong" has four words like "hợp đồng lao động", so both
 * spellings ask a lesson for the same number of words.
 */
export function parseQuery(text: string, options: { prefixLast?: boolean } = {}): QueryWord[] {
  const kept = searchWords(text).slice(0, MAX_WORDS);
  const typing = (options.prefixLast ?? true) && /[\p{L}\p{M}\p{N}]$/u.test(text);
  return kept.map((word, i) => ({
    ...word,
    prefix: typing && i === kept.length - 1 && word.folded.length >= MIN_PREFIX,
    marked: word.exact !== word.folded,
  }));
}

/** One lesson found. */
export interface SearchResult {
  doc: ManifestDocument;
  /** Position of the lesson in the index (catalog order). */
  ref: number;
  /** How many query words the lesson contains (any spelling, or as a prefix for the last word). */
  matchedWords: number;
  /** How many pairs of neighbouring query words stand side by side in the lesson. */
  adjacentPairs: number;
  /** How many query words the lesson contains with the same diacritics. */
  exactWords: number;
  /** Relevance as lunr computes it: the query vector's boosts times the BM25 field weights, over |query|. */
  score: number;
}

export interface SearchOutcome {
  words: QueryWord[];
  /** Every result, best first, before the track filter. */
  all: SearchResult[];
  /** Results of the chosen track (or all). */
  results: SearchResult[];
  /** Number of results per track, before the filter. */
  byTrack: Record<string, number>;
}

/** Positions (in the sorted `terms`) of the terms starting with `prefix`. */
function termsWithPrefix(terms: readonly string[], prefix: string): number[] {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  const found: number[] = [];
  for (let id = low; id < terms.length && terms[id]!.startsWith(prefix); id++) found.push(id);
  return found;
}

/** Letters a typo may add or put in place of another: those of the folded terms (ASCII for Vietnamese and English). */
const TYPO_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Known terms one edit away from `word`: a letter dropped, added, changed, or two swapped. With
 * `keepMarked`, a letter carrying a diacritic (or `đ`) is never dropped or changed — the learner
 * chose it — so `chiếuu` reaches "chiếu" but no edit turns `hộ` into "hồ".
 */
function termsOneEditAway(termIds: ReadonlyMap<string, number>, word: string, keepMarked: boolean): number[] {
  const letters = Array.from(word);
  const editable = letters.map((letter) => !keepMarked || TYPO_ALPHABET.includes(letter));
  const candidates = new Set<string>();
  for (let i = 0; i <= letters.length; i++) {
    const before = letters.slice(0, i).join('');
    const after = letters.slice(i).join('');
    const rest = letters.slice(i + 1).join('');
    if (i < letters.length && editable[i]) candidates.add(before + rest);
    if (i < letters.length - 1) candidates.add(before + letters[i + 1] + letters[i] + letters.slice(i + 2).join(''));
    for (const letter of TYPO_ALPHABET) {
      candidates.add(before + letter + after);
      if (i < letters.length && editable[i]) candidates.add(before + letter + rest);
    }
  }
  candidates.delete(word);
  const found: number[] = [];
  for (const candidate of candidates) {
    const id = termIds.get(candidate);
    if (id !== undefined) found.push(id);
  }
  return found;
}

/** One index term a query word reaches, and how. */
export interface Expansion {
  term: number;
  boost: number;
  /** Counts as containing the word (not a typo guess). */
  counts: boolean;
  /** Same diacritics as typed. */
  exact: boolean;
}

function expandWord(index: SearchIndex, word: QueryWord): Expansion[] {
  const { terms, termIds } = index;
  const expansions: Expansion[] = [];
  const add = (term: number | undefined, boost: number, counts: boolean) => {
    if (term === undefined) return;
    const text = terms[term]!;
    const exact = counts && (text === word.exact || (word.prefix && text.startsWith(word.exact)));
    expansions.push({ term, boost, counts, exact });
  };
  add(termIds.get(word.exact), QUERY_BOOSTS.exact, true);
  if (word.marked) {
    // Exactly the letters typed: no folded form, and a prefix of exactly what was typed.
    if (word.prefix) for (const term of termsWithPrefix(terms, word.exact)) add(term, QUERY_BOOSTS.exactPrefix, true);
    if (word.folded.length >= MIN_TYPO && !termIds.has(word.exact)) {
      for (const term of termsOneEditAway(termIds, word.exact, true)) add(term, QUERY_BOOSTS.typo, false);
    }
    return expansions;
  }
  if (word.prefix) for (const term of termsWithPrefix(terms, word.folded)) add(term, QUERY_BOOSTS.foldedPrefix, true);
  // A word the index knows is no typo; its neighbours would only add noise.
  if (word.folded.length >= MIN_TYPO && !termIds.has(word.folded)) {
    for (const term of termsOneEditAway(termIds, word.folded, false)) add(term, QUERY_BOOSTS.typo, false);
  }
  return expansions;
}

/** The words of a query and the index terms each reaches. Needs only the manifest. */
export interface QueryPlan {
  words: QueryWord[];
  expansions: Expansion[][];
}

export interface QueryOptions {
  track?: string;
  prefixLast?: boolean;
}

/** Reads a query and looks its words up in the index's vocabulary. */
export function planQuery(index: SearchIndex, text: string, options: QueryOptions = {}): QueryPlan {
  const words = parseQuery(text, options);
  return { words, expansions: words.map((word) => expandWord(index, word)) };
}

/** The shards (numbers) a query needs that are not loaded yet. */
export function shardsToLoad(index: SearchIndex, plan: QueryPlan): number[] {
  const needed = new Set<number>();
  for (const list of plan.expansions) {
    for (const { term } of list) {
      const shard = shardOf(index, term);
      if (!index.loaded.has(shard)) needed.add(shard);
    }
  }
  return [...needed].sort((a, b) => a - b);
}

/**
 * The terms each query word counts as (any spelling it accepts, its prefixes; not typo
 * guesses): what phrases and snippets look for.
 */
export function countedTerms(plan: QueryPlan): number[][] {
  return plan.expansions.map((list) => list.filter((e) => e.counts).map((e) => e.term));
}

/**
 * Searches the index. An empty query finds nothing. The shards the query needs must be loaded
 * (`shardsToLoad`).
 */
export function searchLessons(index: SearchIndex, text: string, options: QueryOptions = {}): SearchOutcome {
  return searchPlanned(index, planQuery(index, text, options), options);
}

/** `searchLessons` for a query already planned. */
export function searchPlanned(index: SearchIndex, plan: QueryPlan, options: QueryOptions = {}): SearchOutcome {
  const { words, expansions } = plan;
  if (words.length === 0) return { words, all: [], results: [], byTrack: {} };

  const count = index.docs.length;
  const scores = new Float64Array(count);
  const matchedWords = new Int32Array(count);
  const exactWords = new Int32Array(count);
  // Which word last counted for a document, so a word counts once however many terms it reaches.
  const countedFor = new Int32Array(count).fill(-1);
  const exactFor = new Int32Array(count).fill(-1);

  // lunr's query vector: one boost per term, summed when several clauses reach the same term.
  const queryVector = new Map<number, number>();
  for (const list of expansions) for (const { term, boost } of list) queryVector.set(term, (queryVector.get(term) ?? 0) + boost);
  let squares = 0;
  for (const boost of queryVector.values()) squares += boost * boost;
  const queryMagnitude = Math.sqrt(squares) || 1;

  expansions.forEach((list, w) => {
    for (const { term, boost, counts, exact } of list) {
      const { docs, weights } = postingsOf(index, term);
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        scores[doc]! += boost * weights[i]!;
        if (counts && countedFor[doc] !== w) {
          countedFor[doc] = w;
          matchedWords[doc]! += 1;
        }
        if (exact && exactFor[doc] !== w) {
          exactFor[doc] = w;
          exactWords[doc]! += 1;
        }
      }
    }
  });

  const scored: SearchResult[] = [];
  for (let ref = 0; ref < count; ref++) {
    if (scores[ref]! > 0) {
      scored.push({
        doc: index.docs[ref]!,
        ref,
        matchedWords: matchedWords[ref]!,
        adjacentPairs: 0,
        exactWords: exactWords[ref]!,
        score: scores[ref]! / queryMagnitude,
      });
    }
  }

  // A lesson holding only one word of a long query is noise: keep lessons with at least half
  // as many words as the best one. Typo-only matches stay when nothing matches better.
  let best = 0;
  for (const result of scored) best = Math.max(best, result.matchedWords);
  const floor = Math.ceil(best / 2);
  const kept = scored.filter((r) => r.matchedWords >= floor);
  if (words.length >= 2) {
    const wordTerms = countedTerms(plan);
    for (const result of kept) if (result.matchedWords >= 2) result.adjacentPairs = adjacentPairs(index, result.ref, wordTerms);
  }
  const all = kept
    .sort((a, b) => b.matchedWords - a.matchedWords || b.adjacentPairs - a.adjacentPairs || b.exactWords - a.exactWords
      || b.score - a.score || a.ref - b.ref);

  const byTrack: Record<string, number> = {};
  for (const result of all) byTrack[result.doc.track] = (byTrack[result.doc.track] ?? 0) + 1;
  const results = options.track ? all.filter((r) => r.doc.track === options.track) : all;
  return { words, all, results, byTrack };
}
