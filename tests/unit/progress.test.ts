import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/lib/progress/migrate.ts';
import { mergeProfiles } from '../../src/lib/progress/merge.ts';
import {
  bestAttempt,
  continueLesson,
  isLessonDone,
  knowledgeGains,
  recordAttempt,
  recordLessonOpened,
  recordMarkedDone,
  trackProgress,
  type ProgressIndex,
} from '../../src/lib/progress/rules.ts';
import type { Attempt, Profile } from '../../src/lib/progress/schema.ts';
import { BACKUP_PREFIX, createProgressStore, PROGRESS_KEY, type StorageLike } from '../../src/lib/progress/store.ts';
import { MemoryStorage } from './support/memory-storage.ts';

let counter = 0;
const randomBytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i + counter++) & 0xff);
const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');
const makeStore = (storage: StorageLike | null, tab: StorageLike | null = null) =>
  createProgressStore({ storage, tabStorage: tab, randomBytes, now: fixedNow, defaultNickname: 'Hồ sơ {n}' });

const index: ProgressIndex = {
  lessons: [
    { slug: 'a', track: 'student', hasQuiz: true },
    { slug: 'b', track: 'student', hasQuiz: false },
    { slug: 't', track: 'teacher', hasQuiz: true },
  ],
  quizzes: {
    a: { passMark: 70, questionIds: ['q1', 'q2'], kind: 'lesson' },
    t: { passMark: 70, questionIds: ['q1'], kind: 'lesson' },
    pre: { passMark: 70, questionIds: ['q1', 'q2'], kind: 'pre' },
    post: { passMark: 70, questionIds: ['q1', 'q2'], kind: 'post', preTest: 'pre' },
  },
};

const attempt = (score: number, at: string, passed = score >= 70): Attempt => ({
  at,
  questionIds: ['q1', 'q2'],
  correct: score >= 100 ? ['q1', 'q2'] : score >= 50 ? ['q1'] : [],
  answers: { q1: ['a'], q2: ['b'] },
  score,
  passed,
  source: 'device',
});

function profile(overrides: Partial<Profile> = {}): Profile {
  return { id: 'AAAAAAAAAAA', nickname: 'Lan', createdAt: '2026-11-01T00:00:00.000Z', lessons: {}, attempts: {}, ...overrides };
}

describe('"done" rules', () => {
  it('a lesson with a quiz is done only when the quiz is passed', () => {
    expect(isLessonDone(profile({ attempts: { a: [attempt(50, '1')] } }), index.lessons[0]!)).toBe(false);
    expect(isLessonDone(profile({ attempts: { a: [attempt(50, '1'), attempt(100, '2')] } }), index.lessons[0]!)).toBe(true);
  });
  it('opening a lesson with a quiz does not make it done', () => {
    expect(isLessonDone(recordLessonOpened(profile(), 'a', '1'), index.lessons[0]!)).toBe(false);
  });
  it('a lesson without a quiz is done when marked done', () => {
    const marked = recordMarkedDone(profile(), 'b', '2026-11-27');
    expect(isLessonDone(marked, index.lessons[1]!)).toBe(true);
    expect(isLessonDone(recordMarkedDone(marked, 'b', 'x', false), index.lessons[1]!)).toBe(false);
  });
  it('a track is complete when all its lessons are done', () => {
    let p = recordAttempt(profile(), 'a', attempt(100, '1'));
    expect(trackProgress(p, index).student).toEqual({ done: 1, total: 2, complete: false });
    p = recordMarkedDone(p, 'b', '2');
    expect(trackProgress(p, index).student).toEqual({ done: 2, total: 2, complete: true });
    expect(trackProgress(p, index).teacher).toEqual({ done: 0, total: 1, complete: false });
  });
  it('keeps the best score when a retry scores lower', () => {
    const p = recordAttempt(recordAttempt(profile(), 'a', attempt(100, '1')), 'a', attempt(50, '2'));
    expect(p.attempts.a).toHaveLength(2);
    expect(bestAttempt(p.attempts.a)?.score).toBe(100);
  });
  it('continues with the last lesson opened, if it still exists', () => {
    expect(continueLesson(recordLessonOpened(profile(), 'b', '2026'), index)).toBe('b');
    expect(continueLesson(recordLessonOpened(profile(), 'gone', '2026'), index)).toBeUndefined();
  });
  it('computes the knowledge gain between a pre-test and its post-test', () => {
    const p = recordAttempt(recordAttempt(profile(), 'pre', attempt(50, '1')), 'post', attempt(100, '2'));
    expect(knowledgeGains(p, index)).toEqual([{ pre: 'pre', post: 'post', preScore: 50, postScore: 100, gain: 50 }]);
  });
});

describe('merge rules', () => {
  it('unites lessons and attempts and keeps the local nickname', () => {
    const local = recordMarkedDone(recordAttempt(profile(), 'a', attempt(50, '2026-11-01')), 'b', '2026-11-02');
    const incoming = recordAttempt(profile({ nickname: 'Lan 2' }), 'a', attempt(100, '2026-11-03'));
    const merged = mergeProfiles(local, incoming);
    expect(merged.nickname).toBe('Lan');
    expect(merged.attempts.a!.map((x) => x.score)).toEqual([50, 100]);
    expect(merged.lessons.b?.markedDoneAt).toBe('2026-11-02');
  });
  it('never counts the same attempt twice when merged again', () => {
    const a = recordAttempt(profile(), 'a', attempt(100, '2026-11-03'));
    expect(mergeProfiles(mergeProfiles(a, a), a).attempts.a).toHaveLength(1);
  });
  it('is the same whichever side a best score comes from', () => {
    const low = recordAttempt(profile(), 'a', attempt(50, '1'));
    const high = recordAttempt(profile(), 'a', attempt(100, '2'));
    expect(bestAttempt(mergeProfiles(low, high).attempts.a)?.score).toBe(100);
    expect(bestAttempt(mergeProfiles(high, low).attempts.a)?.score).toBe(100);
  });
});

describe('progress storage', () => {
  it('starts empty and creates a profile on first use', () => {
    const store = makeStore(new MemoryStorage());
    const state = store.update((record) => store.ensureProfile(record).record);
    expect(state.record.profiles).toHaveLength(1);
    expect(state.record.profiles[0]!.nickname).toBe('Hồ sơ 1');
    expect(state.record.profiles[0]!.id).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(state.mode).toBe('device');
  });

  it('saves under one prefixed key with the version inside', () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    store.update((record) => store.ensureProfile(record).record);
    expect([...storage.map.keys()]).toEqual([PROGRESS_KEY]);
    expect(JSON.parse(storage.map.get(PROGRESS_KEY)!).version).toBe(1);
  });

  it('copies an unreadable record aside, never deletes it, and says so', () => {
    const storage = new MemoryStorage();
    storage.map.set(PROGRESS_KEY, '{"version":1,"profiles":[{"id":');
    const state = makeStore(storage).load();
    const backupKey = `${BACKUP_PREFIX}2026-11-27T10:00:00.000Z`;
    expect(state.notices).toEqual([{ kind: 'recovered', backupKey, reason: 'not JSON', problem: 'damaged' }]);
    expect(storage.map.get(backupKey)).toBe('{"version":1,"profiles":[{"id":');
    expect(state.record.profiles).toEqual([]);
  });

  it('copies aside a record that is JSON but not valid progress', () => {
    const storage = new MemoryStorage();
    const bad = JSON.stringify({ version: 1, profiles: [{ id: 'x', nickname: '' }] });
    storage.map.set(PROGRESS_KEY, bad);
    const store = makeStore(storage);
    expect(store.load().notices[0]).toMatchObject({ kind: 'recovered' });
    expect(store.backups().map((b) => b.text)).toEqual([bad]);
  });

  it('leaves an unreadable record untouched when it cannot be copied, and works in this tab', () => {
    const storage = new MemoryStorage();
    storage.map.set(PROGRESS_KEY, 'garbage');
    storage.full = true;
    const store = makeStore(storage);
    const state = store.update((record) => store.ensureProfile(record).record);
    expect(storage.map.get(PROGRESS_KEY)).toBe('garbage');
    expect(state.mode).toBe('memory');
    expect(state.notices.map((n) => n.kind)).toEqual(['recovered-unsaved', 'tab-only']);
    expect(state.record.profiles).toHaveLength(1);
  });

  it('drops to this-tab-only storage when the device storage is full', () => {
    const storage = new MemoryStorage();
    const tab = new MemoryStorage();
    const store = makeStore(storage, tab);
    store.update((record) => store.ensureProfile(record).record);
    storage.full = true;
    const state = store.update((record) => ({ ...record, profiles: record.profiles.map((p) => ({ ...p, nickname: 'Mai' })) }));
    expect(state.mode).toBe('tab');
    expect(state.notices).toEqual([{ kind: 'tab-only', reason: 'full' }]);
    expect(JSON.parse(tab.map.get(PROGRESS_KEY)!).profiles[0].nickname).toBe('Mai');
    expect(store.load().record.profiles[0]!.nickname).toBe('Mai');
  });

  it('keeps working in memory when no storage can be reached at all (private mode)', () => {
    const store = makeStore(null, null);
    const state = store.update((record) => store.ensureProfile(record).record);
    expect(state.mode).toBe('memory');
    expect(state.notices).toEqual([{ kind: 'tab-only', reason: 'unavailable' }]);
    expect(store.load().record.profiles).toHaveLength(1);
  });

  it('degrades when reading throws (storage blocked)', () => {
    const storage = new MemoryStorage();
    storage.broken = true;
    const state = makeStore(storage, new MemoryStorage()).load();
    expect(state.mode).toBe('tab');
    expect(state.notices).toEqual([{ kind: 'tab-only', reason: 'unavailable' }]);
  });

  it('re-reads before writing, so another tab\'s change is not lost', () => {
    const storage = new MemoryStorage();
    const tabA = makeStore(storage);
    const tabB = makeStore(storage);
    tabA.update((record) => tabA.ensureProfile(record).record);
    tabB.update((record) => ({ ...record, profiles: record.profiles.map((p) => recordMarkedDone(p, 'b', '1')) }));
    tabA.update((record) => ({ ...record, profiles: record.profiles.map((p) => recordLessonOpened(p, 'a', '2')) }));
    const profileNow = makeStore(storage).load().record.profiles[0]!;
    expect(profileNow.lessons.b?.markedDoneAt).toBe('1');
    expect(profileNow.lastLesson?.slug).toBe('a');
  });

  it('forgets everything on request, including kept copies', () => {
    const storage = new MemoryStorage();
    storage.map.set(`${BACKUP_PREFIX}x`, 'old');
    storage.map.set('vungbuoc:local-settings:v1', '{}');
    const store = makeStore(storage);
    store.update((record) => store.ensureProfile(record).record);
    store.forgetEverything();
    expect([...storage.map.keys()]).toEqual(['vungbuoc:local-settings:v1']);
  });
});

describe('migrations', () => {
  it('upgrades a synthetic version-0 record to a profile', () => {
    const storage = new MemoryStorage();
    storage.map.set(PROGRESS_KEY, JSON.stringify({ version: 0, nickname: 'Tuấn', lessonsDone: ['b'], quizScores: { a: 80, t: 40 } }));
    const state = makeStore(storage).load();
    expect(state.notices).toEqual([]);
    const p = state.record.profiles[0]!;
    expect(p.nickname).toBe('Tuấn');
    expect(p.lessons.b?.markedDoneAt).toBe('2026-11-27T10:00:00.000Z');
    expect(p.attempts.a?.[0]).toMatchObject({ score: 80, passed: true, source: 'import' });
    expect(p.attempts.t?.[0]).toMatchObject({ score: 40, passed: false });
    expect(trackProgress(p, index).student).toEqual({ done: 2, total: 2, complete: true });
  });
  it('refuses a record from a newer version (kept aside by the store, not overwritten)', () => {
    expect(() => migrate({ version: 99 }, { now: fixedNow, newProfileId: () => 'x', defaultNickname: 'x' })).toThrow('newer version');
  });
});
