/**
 * Which query words stand side by side in a lesson ("công an" as one phrase, not "an toàn" in one
 * sentence and "công việc" in another). The index file holds no word positions: the lesson's
 * title, summary and text are already in it for snippets, so a lesson's word sequence is read
 * from them — once per lesson, the first time a query needs it — as index term numbers.
 */
import { WORD, wordForms } from './terms.ts';
import type { LoadedSearchIndex } from './load.ts';

/** A lesson's words in reading order, as term numbers in both forms; -1 where a phrase breaks. */
interface WordSequence {
  exact: Int32Array;
  folded: Int32Array;
}

/** Per loaded index: each lesson's sequence once read, and the term numbers of each word as written. */
interface PhraseCache {
  sequences: Array<WordSequence | undefined>;
  ids: Map<string, readonly [number, number]>;
}

const caches = new WeakMap<LoadedSearchIndex, PhraseCache>();

/** True when only spaces (no punctuation, no new line) stand between two words. */
function sameLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0) return false;
  }
  return to > from;
}

function sequenceOf(loaded: LoadedSearchIndex, ref: number): WordSequence {
  let cache = caches.get(loaded);
  if (!cache) {
    cache = { sequences: [], ids: new Map() };
    caches.set(loaded, cache);
  }
  const known = cache.sequences[ref];
  if (known) return known;
  const doc = loaded.docs[ref]!;
  const exact: number[] = [];
  const folded: number[] = [];
  for (const stored of [doc.title, doc.summary, doc.text]) {
    const field = stored.normalize('NFC');
    let previousEnd = -1;
    for (const match of field.matchAll(WORD)) {
      const word = match[0];
      let ids = cache.ids.get(word);
      if (!ids) {
        const forms = wordForms(word);
        ids = [loaded.termIds.get(forms.exact) ?? -1, loaded.termIds.get(forms.folded) ?? -1];
        cache.ids.set(word, ids);
      }
      if (previousEnd >= 0 && !sameLine(field, previousEnd, match.index)) {
        exact.push(-1);
        folded.push(-1);
      }
      exact.push(ids[0]);
      folded.push(ids[1]);
      previousEnd = match.index + word.length;
    }
    exact.push(-1);
    folded.push(-1);
  }
  const sequence = { exact: Int32Array.from(exact), folded: Int32Array.from(folded) };
  cache.sequences[ref] = sequence;
  return sequence;
}

/**
 * For each index term, which query words count it (bit i for word i): built once per query so
 * that reading a lesson's words is a few array reads per word, with no hashing.
 */
export function termMasks(loaded: LoadedSearchIndex, wordTerms: ReadonlyArray<Iterable<number>>): Uint32Array {
  const masks = new Uint32Array(loaded.terms.length);
  wordTerms.forEach((terms, word) => {
    for (const term of terms) masks[term]! |= 1 << word;
  });
  return masks;
}

/**
 * How many pairs of neighbouring query words (first and second, second and third …) stand side
 * by side, in that order, somewhere in the lesson. `masks` comes from `termMasks` over the terms
 * each query word counts as (its exact form, its folded form when typed without marks, its
 * prefixes); at most 32 words.
 */
export function adjacentPairs(loaded: LoadedSearchIndex, ref: number, masks: Uint32Array, wordCount: number): number {
  if (wordCount < 2) return 0;
  const { exact, folded } = sequenceOf(loaded, ref);
  const maskAt = (i: number) => (exact[i]! >= 0 ? masks[exact[i]!]! : 0) | (folded[i]! >= 0 ? masks[folded[i]!]! : 0);
  // Bit w of `found`: words w and w+1 stand side by side somewhere.
  let found = 0;
  let previous = 0;
  for (let i = 0; i < exact.length; i++) {
    const current = maskAt(i);
    found |= previous & (current >>> 1);
    previous = current;
  }
  let pairs = 0;
  for (let w = 0; w + 1 < wordCount; w++) if (found & (1 << w)) pairs += 1;
  return pairs;
}
