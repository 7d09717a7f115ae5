/**
 * The record store under hostile and unlucky conditions: changes it could not read back, a
 * device that fills up between pages, kept copies brought back through the normal import.
 */
import { describe, expect, it } from 'vitest';
import { deflateSync } from 'fflate';
import { crc32, decodeProgressCode, encodeProgressCode, learnerFromCode, MAX_CODE_LENGTH, type ProgressSummary } from '../../src/lib/progress/code.ts';
import { cleanNickname, isAutomaticNickname } from '../../src/lib/progress/nickname.ts';
import type { ProgressIndex } from '../../src/lib/progress/rules.ts';
import { createProgressStore, PROGRESS_KEY, toBase64Url, type StorageLike } from '../../src/lib/progress/store.ts';
import { applyImport, parseProgressFile, planImport } from '../../src/lib/progress/transfer.ts';
import { createReportStore } from '../../src/lib/sessions/store.ts';
import { newReport, addReport, changeReport } from '../../src/lib/sessions/records.ts';
import { MemoryStorage } from './support/memory-storage.ts';

let counter = 0;
const randomBytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i + counter++) & 0xff);
const now = () => new Date('2026-12-03T10:00:00.000Z');
const progressStore = (storage: StorageLike | null, tab: StorageLike | null = null) =>
  createProgressStore({ storage, tabStorage: tab, randomBytes, now, defaultNickname: 'Hồ sơ {n}' });

const index: ProgressIndex = {
  lessons: [{ slug: 'a', track: 'student', hasQuiz: true }],
  quizzes: { a: { passMark: 70, questionIds: ['q1', 'q2'], kind: 'lesson' } },
};

describe('checked writes', () => {
  it('refuses a change the next read would reject, and keeps the record as it was', () => {
    const storage = new MemoryStorage();
    const store = progressStore(storage);
    store.update((record) => store.ensureProfile(record).record);
    const before = storage.map.get(PROGRESS_KEY);
    const result = store.update((record) => ({ ...record, profiles: record.profiles.map((p) => ({ ...p, nickname: 'x'.repeat(300) })) }));
    expect(result.saved).toBe(false);
    expect(result.refused).toBe('invalid at profiles.0.nickname');
    expect(storage.map.get(PROGRESS_KEY)).toBe(before);
    expect(progressStore(storage).load().record.profiles).toHaveLength(1);
  });

  it('refuses a session report count above the schema limit instead of hiding every report', () => {
    const storage = new MemoryStorage();
    const store = createReportStore({ storage });
    const report = newReport({ id: 'abcdef', session: 'hop-thon-90-phut', now: now() });
    store.update((record) => addReport(record, report));
    const result = store.update((record) =>
      changeReport(record, 'abcdef', (r) => ({ ...r, headcount: { ...r.headcount, female: 150_000 } }), now()),
    );
    expect(result.saved).toBe(false);
    expect(createReportStore({ storage }).load().record.reports.map((r) => r.id)).toEqual(['abcdef']);
  });
});

describe('this-tab-only mode across pages', () => {
  it('starts the next page from the tab copy when the device was full, so a finished quiz is not lost', () => {
    const storage = new MemoryStorage();
    const tab = new MemoryStorage();
    const page1 = progressStore(storage, tab);
    page1.update((record) => page1.ensureProfile(record).record);
    storage.full = true;
    page1.update((record) => ({ ...record, profiles: record.profiles.map((p) => ({ ...p, lessons: { a: { markedDoneAt: 'x' } } })) }));
    const page2 = progressStore(storage, tab).load();
    expect(page2.mode).toBe('tab');
    expect(page2.notices).toEqual([{ kind: 'tab-only', reason: 'full' }]);
    expect(page2.record.profiles[0]!.lessons.a?.markedDoneAt).toBe('x');
  });

  it('moves the tab copy back to the device as soon as the device has room again', () => {
    const storage = new MemoryStorage();
    const tab = new MemoryStorage();
    const page1 = progressStore(storage, tab);
    storage.full = true;
    page1.update((record) => page1.ensureProfile(record).record);
    storage.full = false;
    const page2 = progressStore(storage, tab);
    const state = page2.update((record) => ({ ...record, profiles: record.profiles.map((p) => ({ ...p, nickname: 'Mai' })) }));
    expect(state.mode).toBe('device');
    expect(state.notices).toEqual([]);
    expect(tab.map.has(PROGRESS_KEY)).toBe(false);
    expect(JSON.parse(storage.map.get(PROGRESS_KEY)!).profiles[0].nickname).toBe('Mai');
  });
});

describe('what a notice says', () => {
  it('tells a damaged record from a value out of range and from a newer format', () => {
    const cases: Array<[string, string]> = [
      ['{not json', 'damaged'],
      [JSON.stringify({ version: 1, profiles: [{ id: 'AAAAAAAAAAA', nickname: '', createdAt: 'x', lessons: {}, attempts: {} }] }), 'invalid'],
      [JSON.stringify({ version: 7, profiles: [] }), 'newer'],
    ];
    for (const [raw, problem] of cases) {
      const storage = new MemoryStorage();
      storage.map.set(PROGRESS_KEY, raw);
      expect(progressStore(storage).load().notices[0], raw).toMatchObject({ kind: 'recovered', problem });
    }
  });
});

describe('kept copies come back through the normal import', () => {
  it('restores every valid profile, lesson and attempt of a copy kept aside, and counts what it leaves out', () => {
    const kept = JSON.stringify({
      version: 1,
      profiles: [
        {
          id: 'AAAAAAAAAAA',
          nickname: 'Lan\u202e evil',
          createdAt: '2026-11-01T00:00:00.000Z',
          lessons: { a: { markedDoneAt: '2026-11-02T00:00:00.000Z' }, b: { markedDoneAt: 5 } },
          attempts: { a: [{ at: '2026-11-02T00:00:00.000Z', questionIds: ['q1', 'q2'], correct: ['q1', 'q2'], score: 100, passed: true }, { at: 'x', score: 400 }] },
        },
        { id: 'not an id', nickname: 'Ghost' },
      ],
    });
    const file = parseProgressFile(kept)!;
    expect(file.profiles.map((p) => p.nickname)).toEqual(['Lan evil']);
    expect(file.leftOut).toBe(3);
    expect(Object.keys(file.profiles[0]!.lessons)).toEqual(['a']);
    expect(file.profiles[0]!.attempts.a).toHaveLength(1);
    const storage = new MemoryStorage();
    const store = progressStore(storage);
    const result = store.update((record) => applyImport(record, planImport(record, file.profiles[0]!)));
    expect(result.saved).toBe(true);
    expect(progressStore(storage).load().record.profiles[0]!.attempts.a![0]!.score).toBe(100);
  });

  it('reads nothing from a file that holds no progress', () => {
    expect(parseProgressFile('hello')).toBeNull();
    expect(parseProgressFile('{"profiles": [1, 2]}')).toBeNull();
  });
});

describe('nicknames', () => {
  it('lose invisible, control and direction-override characters, and are clipped to 40', () => {
    expect(cleanNickname('An\u202eh\u200b\u0007 \u2066Bình\u2069')).toBe('An h Bình');
    expect(cleanNickname('Nguyễn'.normalize('NFD'))).toBe('Nguyễn');
    expect(cleanNickname('😀'.repeat(30))).toHaveLength(40);
    expect(cleanNickname('<b>Lan</b>')).toBe('<b>Lan</b>');
  });
});

describe('one import path for codes, on /progress/ and /class/', () => {
  const summary = (overrides: Partial<ProgressSummary> = {}): ProgressSummary => ({
    profileId: 'AAAAAAAAAAA',
    nickname: 'Lan',
    madeOn: '2026-12-01',
    lessonHashes: [],
    quizzes: [],
    ...overrides,
  });

  it('imports a code with a 60-byte nickname, stores it, and reads it back after a reload', () => {
    const code = encodeProgressCode(summary({ nickname: 'Nguyễn Thị Phương Thảo Nguyễn Thị Phương Thảo Nguyễn' }));
    const decoded = decodeProgressCode(code);
    expect(decoded.ok).toBe(true);
    const learner = learnerFromCode((decoded as { summary: ProgressSummary }).summary, index, now());
    expect(learner.profile.nickname.length).toBeLessThanOrEqual(40);
    const storage = new MemoryStorage();
    const store = progressStore(storage);
    expect(store.update((record) => applyImport(record, planImport(record, learner.profile))).saved).toBe(true);
    const reloaded = progressStore(storage).load();
    expect(reloaded.notices).toEqual([]);
    expect(reloaded.record.profiles[0]!.nickname).toBe(learner.profile.nickname);
  });

  it.each([
    ['control characters', '\u0000\u0001Lan\u0007'],
    ['bidi overrides', '\u202eLan\u202c\u2067'],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['only invisible characters', '\u200b\u200b\u202e'],
  ])('keeps a readable record after importing a code with %s in the nickname', (_label, nickname) => {
    const learner = learnerFromCode(summary({ nickname }), index, now());
    expect(learner.profile.nickname).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    expect(learner.profile.nickname.length).toBeGreaterThan(0);
    const storage = new MemoryStorage();
    const store = progressStore(storage);
    expect(store.update((record) => applyImport(record, planImport(record, learner.profile))).saved).toBe(true);
    expect(progressStore(storage).load().notices).toEqual([]);
  });

  it('keeps a code dated in the future with a warning, as if made today', () => {
    const learner = learnerFromCode(summary({ madeOn: '2031-01-01' }), index, now());
    expect(learner.futureDated).toBe(true);
    expect(learner.madeOn).toBe('2026-12-03');
    expect(learnerFromCode(summary({ madeOn: '2026-12-04' }), index, now()).futureDated).toBe(false);
  });
});

describe('progress code size limits', () => {
  it('refuses a code longer than a real learner can make, before decoding it', () => {
    const code = `VB1-${'A'.repeat(MAX_CODE_LENGTH)}`;
    const started = performance.now();
    expect(decodeProgressCode(code)).toEqual({ ok: false, error: 'too-long' });
    expect(decodeProgressCode('x'.repeat(3_000_000))).toEqual({ ok: false, error: 'too-long' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('stops inflating a short code that would grow past the largest valid payload', () => {
    const bomb = deflateSync(new Uint8Array(5_000_000), { level: 9 });
    const crc = crc32(bomb);
    const body = new Uint8Array(bomb.length + 4);
    body.set(bomb);
    body.set([crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff], bomb.length);
    const code = `VB1-${toBase64Url(body)}`;
    expect(code.length).toBeLessThan(MAX_CODE_LENGTH);
    expect(decodeProgressCode(code)).toEqual({ ok: false, error: 'corrupt' });
  });
});

describe('names the site gives profiles by itself', () => {
  const templates = ['Hồ sơ {n}', 'Profile {n}'];
  it('are recognised in every language, and a learner\'s own name is not', () => {
    expect(['Hồ sơ 1', 'Profile 12', ' Hồ sơ 3 '].map((name) => isAutomaticNickname(name, templates))).toEqual([true, true, true]);
    expect(['Lan 7A', 'Hồ sơ', 'Hồ sơ 1a', 'Profile (1)', 'hồ sơ của Lan'].map((name) => isAutomaticNickname(name, templates))).toEqual([false, false, false, false, false]);
  });
});
