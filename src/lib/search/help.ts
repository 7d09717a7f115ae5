/**
 * Queries that ask for help rather than for a lesson: a hotline number, "giúp", "trợ giúp",
 * "cứu", "help". A child typing "cứu em với" needs the help page at once, above any lesson.
 */
import { searchWords } from './terms.ts';

/** Words (folded) that ask for help in Vietnamese or English. */
const HELP_WORDS = new Set(['giup', 'cuu', 'help', 'sos', 'hotline']);
/**
 * Words (folded) that may stand around a help word without making it a search for a topic:
 * "giúp em với", "trợ giúp", "gọi 111", "I need help". A topic word ("nghiên cứu", "giúp đỡ
 * người trở về") keeps the query a lesson search.
 */
const AROUND_HELP = new Set([
  'tro', 'toi', 'em', 'minh', 'con', 'chau', 'voi', 'oi', 'di', 'nhe', 'ngay', 'can', 'goi', 'so', 'dien', 'thoai',
  'i', 'me', 'need', 'please', 'call', 'now',
]);
/** "đường dây nóng" (hotline), folded, as one help word. */
const HOTLINE_PHRASE = /\bduong day nong\b/g;

/**
 * True when the query asks for help: it holds a help word or one of the site's hotline numbers,
 * and nothing else but the small words around them. Diacritics are not needed ("giup", "cuu").
 */
export function asksForHelp(text: string, hotlines: readonly string[]): boolean {
  const numbers = new Set(hotlines.map((number) => number.replace(/[ .]/g, '')));
  const folded = searchWords(text)
    .map((word) => word.folded)
    .join(' ')
    .replace(HOTLINE_PHRASE, 'hotline');
  const words = folded.split(' ').filter(Boolean);
  let asks = false;
  for (const word of words) {
    if (HELP_WORDS.has(word) || numbers.has(word)) asks = true;
    else if (!AROUND_HELP.has(word)) return false;
  }
  return asks;
}
