import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/cli/content-files.ts';
import {
  CODE_PREFIX,
  crc32,
  decodeProgressCode,
  encodeProgressCode,
  idHash,
  resolveSummary,
  summarizeProfile,
  summaryToProfile,
} from '../../src/lib/progress/code.ts';
import { mergeProfiles } from '../../src/lib/progress/merge.ts';
import { bestAttempt, isLessonDone, type ProgressIndex } from '../../src/lib/progress/rules.ts';
import type { Profile } from '../../src/lib/progress/schema.ts';

/** A curriculum of 20 lessons with 6-question quizzes, plus a pre/post pair. */
const slugs = Array.from({ length: 20 }, (_, i) => `bai-hoc-so-${i + 1}-ve-phong-chong-mua-ban-nguoi`);
const questionIds = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];
const index: ProgressIndex = {
  lessons: [...slugs.map((slug) => ({ slug, track: 'student', hasQuiz: true })), { slug: 'doc-them', track: 'student', hasQuiz: false }],
  quizzes: {
    ...Object.fromEntries(slugs.map((slug) => [slug, { passMark: 70, questionIds, kind: 'lesson' as const }])),
    'tiet-hoc-truoc': { passMark: 70, questionIds, kind: 'pre' as const },
    'tiet-hoc-sau': { passMark: 70, questionIds, kind: 'post' as const, preTest: 'tiet-hoc-truoc' },
  },
};

function finishedProfile(): Profile {
  const attempts: Profile['attempts'] = {};
  slugs.forEach((slug, i) => {
    const correct = questionIds.filter((_, j) => (i + j) % 5 !== 0);
    attempts[slug] = [
      { at: `2026-11-${String((i % 20) + 1).padStart(2, '0')}T08:00:00.000Z`, questionIds, correct, answers: { q1: ['a'], q2: ['c'] }, score: Math.floor((correct.length * 100) / 6), passed: true, source: 'device' },
    ];
  });
  attempts['tiet-hoc-truoc'] = [{ at: '2026-11-01T08:00:00.000Z', questionIds, correct: ['q1', 'q2'], answers: { q1: ['b'] }, score: 33, passed: false }];
  attempts['tiet-hoc-sau'] = [{ at: '2026-11-21T08:00:00.000Z', questionIds, correct: questionIds.slice(0, 5), answers: { q1: ['a'] }, score: 83, passed: true }];
  return {
    id: 'k3J9_x-Q2aY',
    nickname: 'Lan Anh 🌸',
    createdAt: '2026-11-01T00:00:00.000Z',
    lessons: { 'doc-them': { markedDoneAt: '2026-11-02T00:00:00.000Z' } },
    attempts,
  };
}

const now = new Date('2026-11-27T10:00:00Z');

describe('progress code', () => {
  it('round-trips a learner who finished 20 lessons', () => {
    const profile = finishedProfile();
    const code = encodeProgressCode(summarizeProfile(profile, index, now));
    expect(code.startsWith(CODE_PREFIX)).toBe(true);
    expect(code).toMatch(/^VB1-[A-Za-z0-9_-]+$/);
    const decoded = decodeProgressCode(code);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const resolved = resolveSummary(decoded.summary, index);
    expect(resolved).toMatchObject({ profileId: 'k3J9_x-Q2aY', nickname: 'Lan Anh 🌸', madeOn: '2026-11-27', unknown: 0 });
    expect(resolved.lessonsDone.sort()).toEqual([...slugs, 'doc-them'].sort());
    expect(resolved.quizzes['tiet-hoc-sau']).toEqual({ score: 83, passed: true, questions: { q1: true, q2: true, q3: true, q4: true, q5: true, q6: false } });
    expect(resolved.quizzes[slugs[0]!]!.questions).toEqual({ q1: false, q2: true, q3: true, q4: true, q5: true, q6: false });
  });

  it('is short enough for a chat message (20 lessons finished)', () => {
    const code = encodeProgressCode(summarizeProfile(finishedProfile(), index, now));
    // Reported in the closing note; the budget is "fits comfortably in one Zalo message".
    expect(code.length).toBeLessThan(400);
  });

  it('never carries the options a learner chose', () => {
    const profile = finishedProfile();
    const summary = summarizeProfile(profile, index, now);
    expect(JSON.stringify(summary)).not.toMatch(/answers|"a"|"b"|"c"/);
    const decoded = decodeProgressCode(encodeProgressCode(summary));
    expect(JSON.stringify(decoded)).not.toContain('answers');
  });

  it('merges back into a profile with the same rule as /progress/: union and best scores', () => {
    const profile = finishedProfile();
    const decoded = decodeProgressCode(encodeProgressCode(summarizeProfile(profile, index, now)));
    if (!decoded.ok) throw new Error('decode failed');
    const imported = summaryToProfile(resolveSummary(decoded.summary, index), index);
    const fresh: Profile = { id: profile.id, nickname: 'Lan', createdAt: '2026-11-27T00:00:00.000Z', lessons: {}, attempts: {} };
    const merged = mergeProfiles(fresh, imported);
    for (const lesson of index.lessons) expect(isLessonDone(merged, lesson)).toBe(true);
    expect(bestAttempt(merged.attempts['tiet-hoc-sau'])?.score).toBe(83);
  });

  it('drops per-question bits when the quiz\'s questions changed', () => {
    const profile = finishedProfile();
    const decoded = decodeProgressCode(encodeProgressCode(summarizeProfile(profile, index, now)));
    if (!decoded.ok) throw new Error('decode failed');
    const changed: ProgressIndex = { ...index, quizzes: { ...index.quizzes, 'tiet-hoc-sau': { ...index.quizzes['tiet-hoc-sau']!, questionIds: ['q1', 'q2', 'q9', 'q4', 'q5', 'q6'] } } };
    expect(resolveSummary(decoded.summary, changed).quizzes['tiet-hoc-sau']).toEqual({ score: 83, passed: true });
  });

  it('counts lessons and quizzes this site does not know', () => {
    const decoded = decodeProgressCode(encodeProgressCode(summarizeProfile(finishedProfile(), index, now)));
    if (!decoded.ok) throw new Error('decode failed');
    const smaller: ProgressIndex = { lessons: index.lessons.slice(1), quizzes: { ...index.quizzes } };
    delete smaller.quizzes[slugs[0]!];
    expect(resolveSummary(decoded.summary, smaller).unknown).toBe(2);
  });

  it('uses a standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('hashes ids to 24 bits without collisions in the real curriculum', () => {
    // Every lesson and stand-alone quiz slug of content/, as the code stores them.
    const slugs = [...new Set(readContentFiles(process.cwd()).filter((f) => /^content\/(lessons|quizzes)\//.test(f.path)).map((f) => f.path.split('/').pop()!.replace(/\.(md|yaml)$/, '')))];
    expect(slugs.length).toBeGreaterThan(30);
    const hashes = slugs.map(idHash);
    for (const hash of hashes) expect(hash).toBeLessThan(1 << 24);
    expect(new Set(hashes).size).toBe(slugs.length);
  });
});

describe('bad progress codes', () => {
  const good = encodeProgressCode(summarizeProfile(finishedProfile(), index, now));
  /** A small deterministic PRNG so failures are reproducible. */
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  const cases: Array<[string, string]> = [];
  for (let i = 0; i < 70; i++) {
    const length = 1 + Math.floor(random() * good.length);
    cases.push([`garbage ${i}`, `VB1-${Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')}`]);
  }
  for (let i = 0; i < 65; i++) cases.push([`truncated ${i}`, good.slice(0, 4 + Math.floor(random() * (good.length - 5)))]);
  for (let i = 0; i < 65; i++) {
    const at = 4 + Math.floor(random() * (good.length - 4));
    const replacement = alphabet[(alphabet.indexOf(good[at]!) + 1 + Math.floor(random() * 63)) % 64]!;
    cases.push([`bit-flipped ${i}`, good.slice(0, at) + replacement + good.slice(at + 1)]);
  }

  it.each(cases)('rejects %s without throwing', (_name, code) => {
    expect(code).not.toBe(good);
    const result = decodeProgressCode(code);
    expect(result.ok).toBe(false);
  });

  it('names what is wrong', () => {
    expect(decodeProgressCode('hello')).toEqual({ ok: false, error: 'prefix' });
    expect(decodeProgressCode('VB1-abc$def')).toEqual({ ok: false, error: 'characters' });
    expect(decodeProgressCode('VB1-AAAA')).toEqual({ ok: false, error: 'truncated' });
    // Cut short so that no base64url text has that length: still "cut short", not "strange characters".
    const body = good.slice('VB1-'.length);
    let keep = body.length - 1;
    while (keep % 4 !== 1) keep--;
    expect(decodeProgressCode(`VB1-${body.slice(0, keep)}`)).toEqual({ ok: false, error: 'truncated' });
    expect(decodeProgressCode(`${good.slice(0, -2)}${good.at(-1) === 'A' ? 'BB' : 'AA'}`)).toEqual({ ok: false, error: 'checksum' });
  });
});
