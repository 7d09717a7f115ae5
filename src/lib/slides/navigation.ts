/**
 * Moving through a deck: which key does what, the slide number in the URL hash, typed slide
 * numbers ("12" then Enter) and swipes. Pure, so the audience deck and the presenter view
 * share one behaviour and the rules are unit-tested.
 */

export type DeckCommand =
  | { type: 'next' | 'previous' | 'first' | 'last' | 'blank' | 'fullscreen' | 'overview' | 'enter' | 'escape' | 'erase' }
  | { type: 'digit'; digit: string };

/**
 * The command a key stands for (`KeyboardEvent.key`), or nothing. Up and Down are left to the
 * browser so a crowded slide can still scroll; modifier combinations are for the caller to skip.
 */
export function commandForKey(key: string): DeckCommand | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'blank' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'o':
    case 'O':
      return { type: 'overview' };
    case 'Enter':
      return { type: 'enter' };
    case 'Escape':
      return { type: 'escape' };
    case 'Backspace':
      return { type: 'erase' };
    default:
      return /^[0-9]$/.test(key) ? { type: 'digit', digit: key } : undefined;
  }
}

/** Keeps a slide number inside the deck (1…count). */
export function clampSlide(slide: number, count: number): number {
  if (!Number.isFinite(slide)) return 1;
  return Math.min(Math.max(1, Math.trunc(slide)), Math.max(1, count));
}

/** The slide a move leads to from `current`. */
export function moveTo(command: 'next' | 'previous' | 'first' | 'last', current: number, count: number): number {
  switch (command) {
    case 'next':
      return clampSlide(current + 1, count);
    case 'previous':
      return clampSlide(current - 1, count);
    case 'first':
      return 1;
    case 'last':
      return clampSlide(count, count);
  }
}

/** The slide named by a URL hash (`#3`), or undefined when the hash names none of this deck's slides. */
export function slideFromHash(hash: string, count: number): number | undefined {
  const match = /^#?(\d{1,4})$/.exec(hash);
  if (!match) return undefined;
  const slide = Number(match[1]);
  return slide >= 1 && slide <= count ? slide : undefined;
}

/** The URL hash of a slide. */
export function hashForSlide(slide: number): string {
  return `#${slide}`;
}

/** Longest slide number a trainer can type. */
const MAX_TYPED_DIGITS = 3;

/** Adds a typed digit to the go-to number (a leading zero is ignored). */
export function typeDigit(typed: string, digit: string): string {
  const next = `${typed}${digit}`.replace(/^0+/, '');
  return next.slice(0, MAX_TYPED_DIGITS);
}

/** The slide a typed number goes to on Enter: past the end means the last slide; nothing typed means none. */
export function typedTarget(typed: string, count: number): number | undefined {
  const slide = Number(typed);
  if (!typed || !Number.isInteger(slide) || slide < 1) return undefined;
  return clampSlide(slide, count);
}

/** Shortest horizontal travel, in CSS pixels, that counts as a swipe. */
export const SWIPE_MIN_DISTANCE = 50;

/** A finger moved by (dx, dy): a mostly-horizontal swipe left goes forward, right goes back. */
export function swipeCommand(dx: number, dy: number, minDistance = SWIPE_MIN_DISTANCE): 'next' | 'previous' | undefined {
  if (Math.abs(dx) < minDistance || Math.abs(dx) < Math.abs(dy) * 1.5) return undefined;
  return dx < 0 ? 'next' : 'previous';
}
