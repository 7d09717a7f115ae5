/**
 * Sorting people by name. A Vietnamese full name ends with the given name ("Nguyễn Văn An" is
 * An), and a class list is read by given name; nicknames are free text, so the rule is applied
 * to whatever was typed.
 */

/** Whatever is not a letter or digit around a word: `Hoà,`, `(An)`, `Lan❤️` (an emoji and its variation selector). */
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
/** A word of letters (with their tone marks), possibly hyphenated or with an apostrophe. */
const WORD = /^\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u;

/**
 * The word a name sorts under: its last word made of letters — a class label (`7A`), a number
 * or an emoji after the name is skipped. A name without such a word sorts as a whole.
 */
export function sortingName(name: string): string {
  const words = name
    .normalize('NFC')
    .split(/\s+/)
    .map((token) => token.replace(EDGES, ''))
    .filter((word) => WORD.test(word));
  return words.at(-1) ?? name.trim();
}

/**
 * Compares names by `sortingName`, then by the whole name, in the locale's alphabet
 * (`Intl.Collator('vi')` puts Ă, Â after A and Đ after D). Case and tone marks only break ties.
 */
export function nameComparer(locale: string): (a: string, b: string) => number {
  const loose = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const strict = new Intl.Collator(locale, { numeric: true });
  return (a, b) =>
    loose.compare(sortingName(a), sortingName(b)) || loose.compare(a, b) || strict.compare(sortingName(a), sortingName(b)) || strict.compare(a, b);
}
