/**
 * The progress code: one line a learner can send privately (e.g. in Zalo) so a teacher can see
 * class-level figures without a server. It carries the profile id, the nickname and a summary —
 * lessons done, best score per quiz, right/wrong per question of the best attempt as bits —
 * and never the options a learner chose.
 *
 * Layout: `VB1-` + base64url( deflate(payload) + crc32 ). CRC-32 is computed in plain JS: the
 * Web Crypto API is missing on plain-HTTP intranets. The checksum catches typos, truncation and
 * chat apps mangling the text; it is not a signature (a determined person can forge a code).
 *
 * Payload (version 1), all integers big-endian:
 *   u8  payload version (1)
 *   8   profile id (raw bytes)
 *   u8  nickname byte length, then UTF-8 bytes (≤ 60)
 *   u16 day the code was made (days since 2020-01-01)
 *   var number of lessons done, then u24 slug hash each
 *   var number of quizzes, then for each:
 *       u24 quiz id hash, u8 best score (0–100), u8 flags (bit 0 passed),
 *       u8 shape (fingerprint of the question ids), u8 question count n, ceil(n/8) bytes of bits
 */
import { deflateSync, Inflate } from 'fflate';
import { quizShape } from '../quiz/normalize.ts';
import { cleanNickname } from './nickname.ts';
import { countedAttempt, lessonsDone, type ProgressIndex } from './rules.ts';
import type { Profile } from './schema.ts';
import { toBase64Url } from './store.ts';

export const CODE_PREFIX = 'VB1-';
/** Most lessons and quizzes one code may list (a curriculum of 500 lessons fits with room). */
export const MAX_CODE_ITEMS = 1000;
/** Most nickname bytes a code carries. */
const MAX_NICKNAME_BYTES = 60;
/** The largest payload a valid code can hold: anything that inflates past it is refused. */
export const MAX_PAYLOAD_BYTES = 1 + 8 + 1 + MAX_NICKNAME_BYTES + 2 + 3 + MAX_CODE_ITEMS * 3 + 3 + MAX_CODE_ITEMS * (7 + 32);
/** Longest code text accepted (a learner who finished 500 lessons makes about 7 KB). */
export const MAX_CODE_LENGTH = 12_000;
const PAYLOAD_VERSION = 1;
const EPOCH = Date.UTC(2020, 0, 1);
const DAY = 86_400_000;

/** What a progress code carries once decoded. */
export interface ProgressSummary {
  profileId: string;
  nickname: string;
  /** The day the code was made (YYYY-MM-DD). */
  madeOn: string;
  /** Hashes of the slugs of lessons done (resolve with `resolveSummary`). */
  lessonHashes: number[];
  quizzes: Array<{ hash: number; score: number; passed: boolean; shape: number; bits: boolean[] }>;
}

/** A summary matched against this site's curriculum. */
export interface ResolvedSummary {
  profileId: string;
  nickname: string;
  madeOn: string;
  lessonsDone: string[];
  quizzes: Record<string, { score: number; passed: boolean; questions?: Record<string, boolean> }>;
  /** Items this site does not know (a code from another version of the content). */
  unknown: number;
}

export type DecodeError = 'prefix' | 'characters' | 'checksum' | 'corrupt' | 'version' | 'truncated' | 'too-long';

export type DecodeResult = { ok: true; summary: ProgressSummary } | { ok: false; error: DecodeError };

/** CRC-32 (IEEE), table-driven. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A 24-bit FNV-1a hash of an id (the code stores hashes, not slugs, to stay short). */
export function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(id)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return ((hash >>> 24) ^ hash) & 0xffffff;
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

class Writer {
  private bytes: number[] = [];
  u8(value: number) {
    this.bytes.push(value & 0xff);
  }
  u16(value: number) {
    this.u8(value >>> 8);
    this.u8(value);
  }
  u24(value: number) {
    this.u8(value >>> 16);
    this.u16(value & 0xffff);
  }
  varint(value: number) {
    let v = value;
    while (v >= 0x80) {
      this.u8((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.u8(v);
  }
  raw(bytes: Uint8Array) {
    for (const byte of bytes) this.u8(byte);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

class Reader {
  private offset = 0;
  private readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }
  private need(n: number) {
    if (this.offset + n > this.bytes.length) throw new RangeError('truncated');
  }
  u8(): number {
    this.need(1);
    return this.bytes[this.offset++]!;
  }
  u16(): number {
    return (this.u8() << 8) | this.u8();
  }
  u24(): number {
    return (this.u8() << 16) | this.u16();
  }
  varint(): number {
    let result = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const byte = this.u8();
      result |= (byte & 0x7f) << shift;
      if (!(byte & 0x80)) return result;
    }
    throw new RangeError('truncated');
  }
  raw(n: number): Uint8Array {
    this.need(n);
    const out = this.bytes.slice(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }
  get remaining(): number {
    return this.bytes.length - this.offset;
  }
}

function profileIdBytes(id: string): Uint8Array {
  const bytes = fromBase64Url(id);
  if (!bytes || bytes.length !== 8) throw new Error(`invalid profile id ${id}`);
  return bytes;
}

/** Trims a nickname to at most `max` UTF-8 bytes without cutting a character. */
function clipUtf8(text: string, max: number): Uint8Array {
  const encoder = new TextEncoder();
  let out = encoder.encode(text);
  let chars = [...text];
  while (out.length > max) {
    chars = chars.slice(0, -1);
    out = encoder.encode(chars.join(''));
  }
  return out;
}

/** Builds the summary a code carries from a profile (never the chosen options). */
export function summarizeProfile(profile: Profile, index: ProgressIndex, now: Date): ProgressSummary {
  const quizzes: ProgressSummary['quizzes'] = [];
  for (const [quizId, attempts] of Object.entries(profile.attempts)) {
    const info = index.quizzes[quizId];
    // A pre-test's code carries its first attempt: that is what the class's gain compares.
    const best = countedAttempt(attempts, info?.kind);
    if (!best) continue;
    const questionIds = info?.questionIds ?? best.questionIds;
    const hasBits = best.questionIds.length > 0 && best.questionIds.join('|') === questionIds.join('|');
    quizzes.push({
      hash: idHash(quizId),
      score: best.score,
      passed: attempts.some((attempt) => attempt.passed),
      shape: hasBits ? quizShape(questionIds) : 0,
      bits: hasBits ? questionIds.map((id) => best.correct.includes(id)) : [],
    });
  }
  return {
    profileId: profile.id,
    nickname: profile.nickname,
    madeOn: now.toISOString().slice(0, 10),
    lessonHashes: lessonsDone(profile, index).map(idHash),
    quizzes,
  };
}

/** Encodes a summary as a one-line progress code. */
export function encodeProgressCode(summary: ProgressSummary): string {
  const w = new Writer();
  w.u8(PAYLOAD_VERSION);
  w.raw(profileIdBytes(summary.profileId));
  const nickname = clipUtf8(summary.nickname, MAX_NICKNAME_BYTES);
  w.u8(nickname.length);
  w.raw(nickname);
  w.u16(Math.max(0, Math.min(0xffff, Math.floor((Date.parse(`${summary.madeOn}T00:00:00Z`) - EPOCH) / DAY))));
  w.varint(summary.lessonHashes.length);
  for (const hash of summary.lessonHashes) w.u24(hash);
  w.varint(summary.quizzes.length);
  for (const quiz of summary.quizzes) {
    w.u24(quiz.hash);
    w.u8(quiz.score);
    w.u8(quiz.passed ? 1 : 0);
    w.u8(quiz.shape);
    w.u8(quiz.bits.length);
    const packed = new Uint8Array(Math.ceil(quiz.bits.length / 8));
    quiz.bits.forEach((bit, i) => {
      if (bit) packed[i >> 3]! |= 0x80 >> (i & 7);
    });
    w.raw(packed);
  }
  const compressed = deflateSync(w.done(), { level: 9 });
  const crc = crc32(compressed);
  const body = new Uint8Array(compressed.length + 4);
  body.set(compressed);
  body.set([crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff], compressed.length);
  return `${CODE_PREFIX}${toBase64Url(body)}`;
}

/**
 * Inflates at most `max` bytes, in small steps, so a tiny code that would inflate to megabytes
 * (a "zip bomb") stops at once instead of freezing a phone. Null when it is not deflate data or
 * inflates past `max`.
 */
function inflateCapped(compressed: Uint8Array, max: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= max) chunks.push(chunk);
  });
  try {
    for (let offset = 0; offset < compressed.length && total <= max; offset += 64) {
      inflater.push(compressed.subarray(offset, offset + 64), offset + 64 >= compressed.length);
    }
  } catch {
    return null;
  }
  if (total > max) return null;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Decodes a progress code. Never throws: a bad code gives a reason. */
export function decodeProgressCode(code: string): DecodeResult {
  if (code.length > MAX_CODE_LENGTH * 2) return { ok: false, error: 'too-long' };
  const text = code.trim();
  if (text.length > MAX_CODE_LENGTH) return { ok: false, error: 'too-long' };
  if (!text.startsWith(CODE_PREFIX)) return { ok: false, error: 'prefix' };
  const bytes = fromBase64Url(text.slice(CODE_PREFIX.length));
  if (!bytes) return { ok: false, error: 'characters' };
  if (bytes.length < 8) return { ok: false, error: 'truncated' };
  const compressed = bytes.subarray(0, bytes.length - 4);
  const stored = bytes.subarray(bytes.length - 4);
  const expected = ((stored[0]! << 24) | (stored[1]! << 16) | (stored[2]! << 8) | stored[3]!) >>> 0;
  if (crc32(compressed) !== expected) return { ok: false, error: 'checksum' };
  const payload = inflateCapped(compressed, MAX_PAYLOAD_BYTES);
  if (!payload) return { ok: false, error: 'corrupt' };
  try {
    const r = new Reader(payload);
    if (r.u8() !== PAYLOAD_VERSION) return { ok: false, error: 'version' };
    const profileId = toBase64Url(r.raw(8));
    const nickname = new TextDecoder('utf-8', { fatal: true }).decode(r.raw(r.u8()));
    const madeOn = new Date(EPOCH + r.u16() * DAY).toISOString().slice(0, 10);
    const lessonCount = r.varint();
    if (lessonCount > MAX_CODE_ITEMS) return { ok: false, error: 'corrupt' };
    const lessonHashes = Array.from({ length: lessonCount }, () => r.u24());
    const quizCount = r.varint();
    if (quizCount > MAX_CODE_ITEMS) return { ok: false, error: 'corrupt' };
    const quizzes: ProgressSummary['quizzes'] = [];
    for (let i = 0; i < quizCount; i++) {
      const hash = r.u24();
      const score = r.u8();
      const flags = r.u8();
      const shape = r.u8();
      const n = r.u8();
      const packed = r.raw(Math.ceil(n / 8));
      if (score > 100) return { ok: false, error: 'corrupt' };
      quizzes.push({
        hash,
        score,
        passed: Boolean(flags & 1),
        shape,
        bits: Array.from({ length: n }, (_, j) => Boolean(packed[j >> 3]! & (0x80 >> (j & 7)))),
      });
    }
    if (r.remaining !== 0) return { ok: false, error: 'corrupt' };
    if (!nickname.trim()) return { ok: false, error: 'corrupt' };
    return { ok: true, summary: { profileId, nickname, madeOn, lessonHashes, quizzes } };
  } catch {
    return { ok: false, error: 'truncated' };
  }
}

/** Matches a decoded summary against this site's lessons and quizzes. */
export function resolveSummary(summary: ProgressSummary, index: ProgressIndex): ResolvedSummary {
  const lessonByHash = new Map(index.lessons.map((lesson) => [idHash(lesson.slug), lesson.slug]));
  const quizByHash = new Map(Object.keys(index.quizzes).map((id) => [idHash(id), id]));
  let unknown = 0;
  const lessons: string[] = [];
  for (const hash of summary.lessonHashes) {
    const slug = lessonByHash.get(hash);
    if (slug) lessons.push(slug);
    else unknown += 1;
  }
  const quizzes: ResolvedSummary['quizzes'] = {};
  for (const quiz of summary.quizzes) {
    const id = quizByHash.get(quiz.hash);
    if (!id) {
      unknown += 1;
      continue;
    }
    const info = index.quizzes[id]!;
    const sameQuestions = quiz.bits.length === info.questionIds.length && quiz.shape === quizShape(info.questionIds);
    quizzes[id] = {
      score: quiz.score,
      passed: quiz.passed,
      ...(sameQuestions ? { questions: Object.fromEntries(info.questionIds.map((qid, i) => [qid, quiz.bits[i]!])) } : {}),
    };
  }
  return { profileId: summary.profileId, nickname: summary.nickname, madeOn: summary.madeOn, lessonsDone: lessons, quizzes, unknown };
}

/**
 * Turns a resolved summary into a profile that `mergeProfiles` can merge: lessons done without
 * a quiz are marked done; each quiz gets one imported attempt with its best score.
 */
export function summaryToProfile(summary: ResolvedSummary, index: ProgressIndex): Profile {
  const at = `${summary.madeOn}T00:00:00.000Z`;
  const lessons: Profile['lessons'] = {};
  for (const slug of summary.lessonsDone) {
    const lesson = index.lessons.find((l) => l.slug === slug);
    lessons[slug] = lesson?.hasQuiz ? {} : { markedDoneAt: at };
  }
  const attempts: Profile['attempts'] = {};
  for (const [quizId, quiz] of Object.entries(summary.quizzes)) {
    const questionIds = quiz.questions ? Object.keys(quiz.questions) : [];
    attempts[quizId] = [
      {
        at,
        questionIds,
        correct: questionIds.filter((id) => quiz.questions![id]),
        score: quiz.score,
        passed: quiz.passed,
        source: 'import',
      },
    ];
  }
  return { id: summary.profileId, nickname: summary.nickname, createdAt: at, lessons, attempts };
}

/** A code as a learner to import: the same on /progress/ and /class/. */
export interface ImportedLearner {
  profile: Profile;
  /** Day the code says it was made, or today when it claims a later day. */
  madeOn: string;
  /** The code claims to be made more than a day from now (a device with a wrong clock). */
  futureDated: boolean;
}

const DAY_MS = 86_400_000;

/**
 * The one path from a decoded code to a profile that the stores accept: matched against this
 * site's curriculum, the nickname cleaned and clipped to the schema's limit (a code may carry 60
 * bytes), and a date from the future kept as a warning — never allowed to outrank later codes.
 */
export function learnerFromCode(summary: ProgressSummary, index: ProgressIndex, now: Date): ImportedLearner {
  const today = now.toISOString().slice(0, 10);
  const futureDated = Date.parse(`${summary.madeOn}T00:00:00Z`) > now.getTime() + DAY_MS;
  const madeOn = futureDated ? today : summary.madeOn;
  const profile = summaryToProfile(resolveSummary({ ...summary, madeOn }, index), index);
  const nickname = cleanNickname(summary.nickname) || `#${summary.profileId.slice(0, 4)}`;
  return { profile: { ...profile, nickname }, madeOn, futureDated };
}
