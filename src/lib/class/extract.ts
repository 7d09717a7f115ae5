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

type Decoded = { ok: true; summary: ProgressSummary } | { ok: false; error: DecodeError };

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

/** The longest start of `token` (cut by at most MAX_TRIM characters) that is a valid code. */
function trimToValid(token: string): { code: string; decoded: Decoded & { ok: true } } | null {
  const shortest = Math.max(CODE_PREFIX.length + 1, token.length - MAX_TRIM);
  for (let end = token.length - 1; end >= shortest; end--) {
    const decoded = decodeProgressCode(token.slice(0, end));
    if (decoded.ok) return { code: token.slice(0, end), decoded };
  }
  return null;
}

/** Extracts every progress code from pasted text, with a reason for each one that is broken. */
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

  /** Joins the lines after `lineIndex` onto `start` while they are made only of code characters; the number of lines used. */
  const joinWrapped = (start: string, lineIndex: number): number => {
    let joined = start;
    for (let next = lineIndex + 1; next < lines.length && next <= lineIndex + MAX_CONTINUATION_LINES; next++) {
      const continuation = lines[next]!.trim();
      if (!ONLY_BODY.test(continuation) || continuation.includes(CODE_PREFIX)) return 0;
      joined += continuation;
      const decoded = decodeProgressCode(joined);
      if (decoded.ok) {
        accept(joined, decoded.summary, lineIndex + 1);
        return next - lineIndex;
      }
    }
    return 0;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let linesUsed = 0;
    for (const match of line.matchAll(TOKEN)) {
      const token = match[0];
      const endsLine = line.slice(match.index + token.length).trim() === '';
      const whole = decodeProgressCode(token);
      if (whole.ok) {
        accept(token, whole.summary, i + 1);
        continue;
      }
      const parts = splitGlued(token);
      for (const [partIndex, part] of parts.entries()) {
        const last = partIndex === parts.length - 1 && endsLine;
        // A bare `VB1-` is a mention of the format ("mã bắt đầu bằng VB1-…") unless the code was wrapped right after it.
        if (part.length === CODE_PREFIX.length) {
          if (last) linesUsed = joinWrapped(part, i);
          continue;
        }
        const decoded = parts.length > 1 ? decodeProgressCode(part) : whole;
        if (decoded.ok) {
          accept(part, decoded.summary, i + 1);
          continue;
        }
        // A chat app may have wrapped the code onto the next lines.
        if (last) {
          linesUsed = joinWrapped(part, i);
          if (linesUsed > 0) continue;
        }
        const trimmed = trimToValid(part);
        if (trimmed) accept(trimmed.code, trimmed.decoded.summary, i + 1);
        else problems.push({ excerpt: excerptOf(part), line: i + 1, error: decoded.error });
      }
    }
    i += linesUsed;
  }
  return { codes, problems };
}
