/**
 * The Vietnamese text pipeline shared by the search index and the query: every word is kept in
 * two forms, exact (NFC, lower case, modern tone placement) and folded (no tone marks, `đ→d`).
 * Both sides use these functions, so a word in a lesson and a word typed by a learner compare
 * the same way whatever keyboard, encoding or spelling habit produced them.
 */
import { foldVietnamese, normalizeVietnamese } from '../text/fold.ts';

/** Letters (with any combining marks left after NFC) and digits; everything else separates words. */
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** One word of a text in both search forms. */
export interface WordForms {
  /** NFC, lower case, modern tone placement: `Hoà` → `hòa`. */
  exact: string;
  /** Without tone marks and with `đ→d`: `Đường` → `duong`. */
  folded: string;
}

/** A word found in a text, with where it sits (for snippets and highlighting). */
export interface WordSpan extends WordForms {
  start: number;
  end: number;
}

/**
 * Forms already computed, by word as written. Lessons repeat their words (about 600 words, 250
 * different), and snippets re-read whole lessons, so this saves most of the Unicode work.
 */
const formsCache = new Map<string, WordForms>();
const FORMS_CACHE_LIMIT = 50_000;

/** The two forms of one word. */
export function wordForms(word: string): WordForms {
  const cached = formsCache.get(word);
  if (cached) return cached;
  const exact = normalizeVietnamese(word);
  const forms = { exact, folded: foldVietnamese(exact) };
  if (formsCache.size >= FORMS_CACHE_LIMIT) formsCache.clear();
  formsCache.set(word, forms);
  return forms;
}

/** The words of a text in both forms, in order. */
export function searchWords(text: string): WordForms[] {
  return wordSpans(text).map(({ exact, folded }) => ({ exact, folded }));
}

/**
 * The words of a text with their offsets in `text.normalize('NFC')` (lesson text is stored in
 * NFC, so for it the offsets are those of the text itself).
 */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.normalize('NFC').matchAll(WORD)) {
    spans.push({ ...wordForms(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/**
 * The index terms of a text: each word's exact form, and its folded form when that differs.
 * `Đường mòn` → `đường duong mòn mon`; `TikTok` → `tiktok`.
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const { exact, folded } of searchWords(text)) {
    terms.push(exact);
    if (folded !== exact) terms.push(folded);
  }
  return terms;
}

/** True when only spaces (no punctuation, no new line) stand between two words. */
function sameLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0) return false;
  }
  return to > from;
}

/** A word of a lesson in reading order, as the index stores it. */
export interface SequenceWord {
  exact: string;
  /**
   * 2 × the word's number (counting through all the fields) + 1 when it starts a phrase: first
   * of its field, or after anything but spaces (punctuation, a line break). Two words stand side
   * by side when the second's position is the first's + 2.
   */
  position: number;
}

/** The words of some fields (title, summary, body) in reading order, numbered through all of them. */
export function wordSequence(fields: readonly string[]): SequenceWord[] {
  const words: SequenceWord[] = [];
  for (const value of fields) {
    const field = value.normalize('NFC');
    let previousEnd = -1;
    for (const match of field.matchAll(WORD)) {
      const starts = previousEnd < 0 || !sameLine(field, previousEnd, match.index);
      words.push({ exact: wordForms(match[0]).exact, position: 2 * words.length + (starts ? 1 : 0) });
      previousEnd = match.index + match[0].length;
    }
  }
  return words;
}
