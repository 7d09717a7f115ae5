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
import { deflateSync } from 'fflate';
import { BASE64URL_TEXT, clipUtf8, crc32, fromBase64Url, idHash, inflateCapped, profileIdBytes, Reader, Writer } from './code-bytes.ts';
import { quizShape } from '../quiz/normalize.ts';
import { cleanNickname } from './nickname.ts';
import { countedAttempt, lessonsDone, type ProgressIndex } from './rules.ts';
import type { Profile } from './schema.ts';
import { toBase64Url } from './store.ts';

export const CODE_PREFIX = 'VB1-';
export { crc32, idHash } from './code-bytes.ts';

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

/** Decodes a progress code. Never throws: a bad code gives a reason. */
export function decodeProgressCode(code: string): DecodeResult {
  if (code.length > MAX_CODE_LENGTH * 2) return { ok: false, error: 'too-long' };
  const text = code.trim();
  if (text.length > MAX_CODE_LENGTH) return { ok: false, error: 'too-long' };
  if (!text.startsWith(CODE_PREFIX)) return { ok: false, error: 'prefix' };
  const body = text.slice(CODE_PREFIX.length);
  // No base64url text is one character past a multiple of four: the code was cut short (or
  // something was added), not typed with strange characters.
  if (BASE64URL_TEXT.test(body) && body.length % 4 === 1) return { ok: false, error: 'truncated' };
  const bytes = fromBase64Url(body);
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
