/**
 * Finds progress codes in whatever a teacher pastes: one code per line, or a whole chat copied
 * from Zalo or Messenger with names, times, emoji and Vietnamese text around the codes. The
 * code's CRC decides every doubtful case (a code wrapped across lines, a code glued to the next
 * word), so a guess is only accepted when it yields a code that checks out.
 */
import { CODE_PREFIX, decodeProgressCode, type DecodeError, type ProgressSummary } from '../progress/code.ts';

/** A code found in the text, decoded. */
export interface FoundCode {
  code: string;
  summary: ProgressSummary;
  /** 1-based line where the code starts. */
  line: number;
}

/** Something that looks like a code but does not check out. */
export interface CodeProblem {
  /** The start of what was found, shortened for display (`VB1-eNpjYm…`). */
  excerpt: string;
  /** 1-based line where it starts. */
  line: number;
  error: DecodeError;
}

export interface ExtractResult {
  /** Valid codes, each once, in the order they appear. */
  codes: FoundCode[];
  problems: CodeProblem[];
}

/**
 * Most a teacher may paste at once (UTF-8 bytes): a whole class chat fits many times over, and
 * a page that tried to read megabytes of pasted text would freeze an old lab PC.
 */
export const PASTE_LIMIT_BYTES = 200 * 1024;

/** The UTF-8 size of a text, counted without copying it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A surrogate pair (4 bytes) is two units of 2.
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

/** Says how big a paste is when it is over the limit; undefined when it may be read. */
export function pasteTooLarge(text: string, limit = PASTE_LIMIT_BYTES): { bytes: number; limit: number } | undefined {
  if (text.length * 3 <= limit) return undefined;
  const bytes = utf8Length(text);
  return bytes > limit ? { bytes, limit } : undefined;
}

const BODY_CHAR = '[A-Za-z0-9_-]';
const TOKEN = new RegExp(`${CODE_PREFIX}${BODY_CHAR}*`, 'g');
const ONLY_BODY = new RegExp(`^${BODY_CHAR}+$`);
/** Invisible characters chat apps and word processors slip into long words. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** How many characters glued after a code (e.g. `VB1-…ok`) are tried off. */
const MAX_TRIM = 16;
/** How many following lines a wrapped code may continue over. */
const MAX_CONTINUATION_LINES = 8;
const EXCERPT_LENGTH = 14;

const excerptOf = (token: string) => (token.length > EXCERPT_LENGTH ? `${token.slice(0, EXCERPT_LENGTH)}…` : token);

/** Splits `VB1-aaaVB1-bbb` (two codes without a space between) into its codes. */
function splitGlued(token: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let at = token.indexOf(CODE_PREFIX, 1); at !== -1; at = token.indexOf(CODE_PREFIX, at + 1)) {
    parts.push(token.slice(start, at));
    start = at;
  }
  parts.push(token.slice(start));
  return parts;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Character code → base64url digit (the probe only sees code characters). */
const DIGIT = new Uint8Array(128);
for (const [value, char] of [...BASE64URL].entries()) DIGIT[char.charCodeAt(0)] = value;
const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/**
 * Which lengths of `VB1-` + `body` could be a code, judged by the checksum every code ends with
 * (base64url of the data and its CRC-32) without decoding anything. Base64 and CRC-32 both run
 * left to right, so one pass over `body` answers for every length: trying where glued text ends
 * or how many wrapped lines to join costs nothing per guess. It only rules guesses out — the
 * decoder still decides — and it never rules out a real code.
 */
function checksumProbe(body: string): (codeLength: number) => boolean {
  const byteCount = Math.floor((body.length * 3) / 4);
  const bytes = new Uint8Array(byteCount);
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; n < byteCount; i++) {
    buffer = ((buffer << 6) | DIGIT[body.charCodeAt(i) & 0x7f]!) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[n++] = buffer >>> bits;
    }
  }
  // CRC register after each byte, so the checksum of any start of the data is at hand.
  const registers = new Uint32Array(byteCount + 1);
  let crc = 0xffffffff;
  registers[0] = crc;
  for (let k = 0; k < byteCount; k++) {
    crc = CRC_TABLE[(crc ^ bytes[k]!) & 0xff]! ^ (crc >>> 8);
    registers[k + 1] = crc;
  }
  return (codeLength) => {
    const digits = codeLength - CODE_PREFIX.length;
    if (digits < 0 || digits > body.length || digits % 4 === 1) return false;
    const length = Math.floor((digits * 3) / 4);
    if (length < 8) return false;
    const stored = ((bytes[length - 4]! << 24) | (bytes[length - 3]! << 16) | (bytes[length - 2]! << 8) | bytes[length - 1]!) >>> 0;
    return ((registers[length - 4]! ^ 0xffffffff) >>> 0) === stored;
  };
}

/**
 * Extracts every progress code from pasted text, with a reason for each one that is broken.
 * One pass: each character is decoded at most once (guesses go through `checksumProbe` first),
 * so the time grows with the length of the text, whatever junk it holds.
 */
export function extractProgressCodes(text: string): ExtractResult {
  const lines = text.replace(INVISIBLE, '').split(/\r\n|\r|\n|\u2028|\u2029/);
  const codes: FoundCode[] = [];
  const problems: CodeProblem[] = [];
  const seen = new Set<string>();

  const accept = (code: string, summary: ProgressSummary, line: number) => {
    if (seen.has(code)) return;
    seen.add(code);
    codes.push({ code, summary, line });
  };

  /** A code decoded only when its checksum holds; true when it was accepted. */
  const tryCode = (code: string, line: number): boolean => {
    const decoded = decodeProgressCode(code);
    if (decoded.ok) accept(code, decoded.summary, line);
    return decoded.ok;
  };

  /** The lines after `lineIndex` a wrapped code may continue on: only code characters, no new code. */
  const continuationOf = (lineIndex: number): string[] => {
    const out: string[] = [];
    for (let next = lineIndex + 1; next < lines.length && out.length < MAX_CONTINUATION_LINES; next++) {
      const continuation = lines[next]!.trim();
      if (!ONLY_BODY.test(continuation) || continuation.includes(CODE_PREFIX)) break;
      out.push(continuation);
    }
    return out;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineEnd = line.trimEnd().length;
    let linesUsed = 0;
    for (const match of line.matchAll(TOKEN)) {
      const token = match[0];
      const endsLine = match.index + token.length === lineEnd;
      const parts = splitGlued(token);
      // Rarely, a real code holds `VB1-` inside: try the whole token before splitting it.
      if (parts.length > 1 && checksumProbe(token.slice(CODE_PREFIX.length))(token.length) && tryCode(token, i + 1)) continue;
      for (const [partIndex, part] of parts.entries()) {
        const last = partIndex === parts.length - 1 && endsLine;
        // A chat app may have wrapped the code onto the next lines.
        const continuation = last ? continuationOf(i) : [];
        const holds = checksumProbe(part.slice(CODE_PREFIX.length) + continuation.join(''));
        const bare = part.length === CODE_PREFIX.length;
        if (!bare && holds(part.length) && tryCode(part, i + 1)) continue;
        let joined = part;
        const used = continuation.findIndex((more) => {
          joined += more;
          return holds(joined.length) && tryCode(joined, i + 1);
        });
        if (used !== -1) {
          linesUsed = used + 1;
          continue;
        }
        // A bare `VB1-` is a mention of the format ("mã bắt đầu bằng VB1-…") unless a code was wrapped right after it.
        if (bare) continue;
        // Text glued to the end of a code (`VB1-…ok`): the longest start that is a code.
        let trimmed = false;
        for (let end = part.length - 1; end >= Math.max(CODE_PREFIX.length + 1, part.length - MAX_TRIM) && !trimmed; end--) {
          trimmed = holds(end) && tryCode(part.slice(0, end), i + 1);
        }
        if (trimmed) continue;
        const decoded = decodeProgressCode(part);
        if (decoded.ok) accept(part, decoded.summary, i + 1);
        else problems.push({ excerpt: excerptOf(part), line: i + 1, error: decoded.error });
      }
    }
    i += linesUsed;
  }
  return { codes, problems };
}
