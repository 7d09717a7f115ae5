/**
 * Vietnamese text folding: the one place that knows how to compare Vietnamese words with and
 * without tone marks. Used by search (index and query) and by slug generation.
 */

/** Combining marks left after canonical decomposition (tones, breve, circumflex, horn). */
const COMBINING_MARKS = /\p{M}+/gu;

/**
 * Folds Vietnamese text to plain ASCII-ish letters: NFD, strip combining marks, `đ→d`, lower
 * case. `Đường` and `duong`, NFC and NFD input, old and new tone placement all fold alike.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Canonical exact form: NFC, lower case, modern tone placement (`hoà` → `hòa`). */
export function normalizeVietnamese(text: string): string {
  return normalizeTonePlacement(text.normalize('NFC').toLowerCase());
}

/**
 * Old-style tone placement (`hoà`, `thuỷ`, `hoá`) puts the mark on the last vowel of `oa`,
 * `oe`, `uy`; the newer rule puts it on the first. Both spellings appear in real text, so the
 * exact form moves the mark to the first vowel for these open syllables.
 */
const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
const OLD_PLACEMENT = new RegExp(`([oO])([aAeE])([${TONE_MARKS}])(?![\\p{L}])|(?<![qQ])([uU])([yY])([${TONE_MARKS}])(?![\\p{L}])`, 'gu');

function normalizeTonePlacement(text: string): string {
  const decomposed = text.normalize('NFD');
  const moved = decomposed.replace(OLD_PLACEMENT, (_m, o, a, tone1, u, y, tone2) =>
    o ? `${o}${tone1}${a}` : `${u}${tone2}${y}`,
  );
  return moved.normalize('NFC');
}

/** An ASCII kebab-case slug from any title: `Việc nhẹ lương cao!` → `viec-nhe-luong-cao`. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
}
