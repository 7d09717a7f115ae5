/**
 * Snippets and highlighting for search results: the passage of a lesson that holds the most
 * query words, cut to a few lines, with every matched word marked. A word typed without marks
 * matches in any spelling (`luong` marks "lương"), one typed with marks only as typed (`hộ`
 * never marks "hồ"), and the word being typed matches as a prefix, exactly as in the query
 * (query.ts), so what is marked is what was found.
 */
import { wordSpans, type WordSpan } from './terms.ts';
import { wordMatches, type QueryWord } from './query.ts';

/** A run of text, marked or not. Joined in order, the segments give back the excerpt. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Index of the query word a text word matches, or -1; `exact` when the diacritics agree too. */
function matchWord(span: WordSpan, words: readonly QueryWord[]): { word: number; exact: boolean } {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!wordMatches(word, span)) continue;
    return { word: i, exact: span.exact === word.exact || (word.prefix && span.exact.startsWith(word.exact)) };
  }
  return { word: -1, exact: false };
}

function segmentsOf(text: string, from: number, to: number, marks: ReadonlyArray<{ start: number; end: number }>): Segment[] {
  const segments: Segment[] = [];
  let at = from;
  for (const mark of marks) {
    if (mark.end <= from || mark.start >= to) continue;
    if (mark.start > at) segments.push({ text: text.slice(at, mark.start), mark: false });
    segments.push({ text: text.slice(mark.start, mark.end), mark: true });
    at = mark.end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), mark: false });
  return segments;
}

/** The whole text with matched words marked (for titles). */
export function highlight(text: string, words: readonly QueryWord[]): Segment[] {
  const nfc = text.normalize('NFC');
  const marks = wordSpans(nfc).filter((span) => matchWord(span, words).word >= 0);
  return segmentsOf(nfc, 0, nfc.length, marks);
}

export interface Snippet {
  segments: Segment[];
  /** How many different query words the excerpt holds (to choose between candidate texts). */
  wordsFound: number;
}

export interface SnippetOptions {
  /** Length of the excerpt in words. */
  length?: number;
  /** Words shown before the first match, for context. */
  lead?: number;
  /** The text's word spans, if already computed (they are the slow part; cache them per text). */
  spans?: readonly WordSpan[];
}

/**
 * The best excerpt of `text` for the query: the window of `length` words holding the most
 * different query words, then the most exact matches, then the most matches. Starts at the
 * beginning of the text when nothing matches. Line breaks become " · ".
 */
export function makeSnippet(text: string, words: readonly QueryWord[], options: SnippetOptions = {}): Snippet {
  const length = options.length ?? 28;
  const lead = options.lead ?? 4;
  const nfc = text.normalize('NFC');
  const spans = options.spans ?? wordSpans(nfc);
  if (spans.length === 0) return { segments: [], wordsFound: 0 };

  const hits: Array<{ at: number; word: number; exact: boolean }> = [];
  spans.forEach((span, at) => {
    const found = matchWord(span, words);
    if (found.word >= 0) hits.push({ at, word: found.word, exact: found.exact });
  });

  // Slide a window over the hits: it starts `lead` words before hit `first` and holds every
  // hit up to `end`; counts per query word tell how many different words are inside.
  let bestStart = 0;
  let best = { distinct: 0, exact: 0, count: 0 };
  const perWord = new Array<number>(words.length).fill(0);
  let distinct = 0;
  let exact = 0;
  let end = 0;
  for (let first = 0; first < hits.length; first++) {
    const start = Math.max(0, hits[first]!.at - lead);
    while (end < hits.length && hits[end]!.at < start + length) {
      const hit = hits[end]!;
      if (perWord[hit.word]!++ === 0) distinct += 1;
      if (hit.exact) exact += 1;
      end += 1;
    }
    const score = { distinct, exact, count: end - first };
    if (score.distinct > best.distinct || (score.distinct === best.distinct
      && (score.exact > best.exact || (score.exact === best.exact && score.count > best.count)))) {
      best = score;
      bestStart = start;
    }
    const leaving = hits[first]!;
    if (--perWord[leaving.word]! === 0) distinct -= 1;
    if (leaving.exact) exact -= 1;
  }

  const last = Math.min(spans.length, bestStart + length) - 1;
  const from = bestStart === 0 ? 0 : spans[bestStart]!.start;
  const to = last === spans.length - 1 ? nfc.length : spans[last]!.end;
  const marks = hits.map((h) => spans[h.at]!);
  const segments = segmentsOf(nfc, from, to, marks).map((segment) => ({ ...segment, text: segment.text.replace(/\s*\n\s*/g, ' · ') }));
  if (from > 0) segments.unshift({ text: '… ', mark: false });
  if (to < nfc.length) segments.push({ text: ' …', mark: false });
  return { segments, wordsFound: best.distinct };
}
