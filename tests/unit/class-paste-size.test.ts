/**
 * What a teacher may paste into /class/: a whole chat, but not megabytes. The cap is checked
 * before any work, and finding codes in what is allowed is one pass over the text — every
 * character goes through the code decoder at most once, however the junk is shaped.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractProgressCodes, PASTE_LIMIT_BYTES, pasteTooLarge, utf8Length } from '../../src/lib/class/extract.ts';
import { decodeProgressCode, encodeProgressCode } from '../../src/lib/progress/code.ts';
import { formatSize } from '../../src/lib/text/size.ts';

vi.mock('../../src/lib/progress/code.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lib/progress/code.ts')>();
  return { ...real, decodeProgressCode: vi.fn(real.decodeProgressCode) };
});

const decoder = vi.mocked(decodeProgressCode);
const charactersDecoded = () => decoder.mock.calls.reduce((sum, [code]) => sum + code.length, 0);
afterEach(() => decoder.mockClear());

const CODE = encodeProgressCode({
  profileId: 'LanLanLanLA',
  nickname: 'Lan',
  madeOn: '2026-11-27',
  lessonHashes: [1, 2, 3],
  quizzes: [{ hash: 4, score: 80, passed: true, shape: 0, bits: [] }],
});

/** Deterministic code-like characters (a small LCG), so a failure can be replayed. */
function bodyChars(length: number, seed: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let state = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out += alphabet[state >>> 26];
  }
  return out;
}

/** Repeats `piece(i)` until the text is just under the paste limit, with one real code in the middle. */
function junk(piece: (i: number) => string, separator: string): string {
  const pieces: string[] = [];
  let length = 0;
  for (let i = 0; length < PASTE_LIMIT_BYTES - 2_000; i++) {
    const next = i === 200 ? `Lan: ${CODE}` : piece(i);
    pieces.push(next);
    length += utf8Length(next) + separator.length;
  }
  return pieces.join(separator);
}

const SHAPES: Record<string, string> = {
  'a chat of broken codes, one per line': junk((i) => `Bạn ${i}: VB1-${bodyChars(40, i)}`, '\n'),
  'broken codes wrapped over the next lines': junk((i) => (i % 9 === 0 ? `Bạn ${i}: VB1-${bodyChars(30, i)}` : bodyChars(60, i)), '\n'),
  'broken codes glued together on one line': junk((i) => `VB1-${bodyChars(30, i)}`, ''),
  'broken codes on one long line': junk((i) => `VB1-${bodyChars(30, i)}ok`, ' '),
  'one code-like line as long as the paste': `Lan: ${CODE}\nVB1-${bodyChars(PASTE_LIMIT_BYTES - 1_000, 7)}`,
};

describe('the size of a paste', () => {
  it('allows 200 KB and refuses more, saying how much was pasted', () => {
    expect(PASTE_LIMIT_BYTES).toBe(200 * 1024);
    expect(pasteTooLarge('x'.repeat(PASTE_LIMIT_BYTES))).toBeUndefined();
    expect(pasteTooLarge('x'.repeat(PASTE_LIMIT_BYTES + 1))).toEqual({ bytes: PASTE_LIMIT_BYTES + 1, limit: PASTE_LIMIT_BYTES });
  });

  it('counts what was pasted in UTF-8 bytes, as the limit is', () => {
    expect(utf8Length('Hoà')).toBe(4);
    expect(utf8Length('Nguyễn 🌸')).toBe(13);
    expect(pasteTooLarge('ố'.repeat(70_000))).toEqual({ bytes: 210_000, limit: PASTE_LIMIT_BYTES });
  });

  it('says sizes as people read them, never rounding an oversized paste down to the limit', () => {
    expect(formatSize(PASTE_LIMIT_BYTES, 'vi')).toBe('200 KB');
    expect(formatSize(PASTE_LIMIT_BYTES + 1, 'vi')).toBe('200,1 KB');
    expect(formatSize(1_100_000, 'vi')).toBe('1,1 MB');
    expect(formatSize(1_100_000, 'en')).toBe('1.1 MB');
  });
});

describe('finding codes in 200 KB of junk', () => {
  for (const [shape, text] of Object.entries(SHAPES)) {
    it(`takes one pass: ${shape}`, () => {
      expect(utf8Length(text)).toBeLessThanOrEqual(PASTE_LIMIT_BYTES);
      const result = extractProgressCodes(text);
      if (text.includes(CODE)) expect(result.codes.map((found) => found.code)).toEqual([CODE]);
      // Guesses (glued text cut off, wrapped lines joined) are ruled out without decoding them.
      expect(charactersDecoded()).toBeLessThanOrEqual(text.length);
    });
  }
});
