import { describe, expect, it } from 'vitest';
import { classCsv, classCsvFileName, type ClassCsvLabels } from '../../src/lib/class/csv.ts';
import { extractProgressCodes } from '../../src/lib/class/extract.ts';
import {
  busiestTrack,
  classFigures,
  classLessons,
  learnerRows,
  lessonColumns,
  sharedNameTags,
  sortRows,
  tableGainPairs,
} from '../../src/lib/class/figures.ts';
import {
  activeClass,
  addLearners,
  createClass,
  defaultClassName,
  deleteClass,
  learnerFromDeviceProfile,
  learnerFromSummary,
  removeLearner,
  renameClass,
  setClassLessons,
} from '../../src/lib/class/roster.ts';
import { emptyClasses, type ClassesRecord } from '../../src/lib/class/schema.ts';
import { classBackupFileName, CLASSES_BACKUP_PREFIX, CLASSES_KEY, createClassStore, parseClasses } from '../../src/lib/class/store.ts';
import { decodeProgressCode, encodeProgressCode, summarizeProfile } from '../../src/lib/progress/code.ts';
import type { ProgressIndex } from '../../src/lib/progress/rules.ts';
import type { Attempt, Profile } from '../../src/lib/progress/schema.ts';
import type { StorageLike } from '../../src/lib/progress/store.ts';
import { MemoryStorage } from './support/memory-storage.ts';

/** Two tracks; lessons a and b have quizzes of three questions; c is marked done; one pre/post pair. */
const index: ProgressIndex = {
  lessons: [
    { slug: 'a', track: 'student', hasQuiz: true },
    { slug: 'b', track: 'student', hasQuiz: true },
    { slug: 'c', track: 'student', hasQuiz: false },
    { slug: 't', track: 'teacher', hasQuiz: false },
  ],
  quizzes: {
    a: { passMark: 70, questionIds: ['q1', 'q2', 'q3'], kind: 'lesson' },
    b: { passMark: 70, questionIds: ['q1', 'q2', 'q3'], kind: 'lesson' },
    pre: { passMark: 70, questionIds: ['q1', 'q2'], kind: 'pre' },
    post: { passMark: 70, questionIds: ['q1', 'q2'], kind: 'post', preTest: 'pre' },
  },
};

const IDS = { lan: 'LanLanLanLA', lan2: 'LanHaiHaiHA', minh: 'MinhMinhMIN', hoa: 'HoaHoaHoaHO' };

function attempt(questionIds: string[], correct: string[], at = '2026-11-20T08:00:00.000Z'): Attempt {
  const score = Math.round((correct.length * 100) / questionIds.length);
  return { at, questionIds, correct, answers: Object.fromEntries(questionIds.map((q) => [q, ['x']])), score, passed: score >= 70, source: 'device' };
}

function learner(id: string, nickname: string, attempts: Profile['attempts'] = {}, lessons: Profile['lessons'] = {}): Profile {
  return { id, nickname, createdAt: '2026-11-01T00:00:00.000Z', lessons, attempts };
}

const codeOf = (profile: Profile, day = '2026-11-27') => encodeProgressCode(summarizeProfile(profile, index, new Date(`${day}T09:00:00Z`)));

const lan = learner(IDS.lan, 'Lan', { a: [attempt(['q1', 'q2', 'q3'], ['q1', 'q2', 'q3'])] }, { c: { markedDoneAt: '2026-11-21T00:00:00.000Z' } });
const minh = learner(IDS.minh, 'Minh 😎', { a: [attempt(['q1', 'q2', 'q3'], ['q1', 'q3'])] });
const hoa = learner(IDS.hoa, 'Hoà', { a: [attempt(['q1', 'q2', 'q3'], ['q2', 'q3'])] });

const LAN = codeOf(lan);
const MINH = codeOf(minh);
const HOA = codeOf(hoa);

/** Changes one character in the middle of a code (a typo or a chat app mangling it). */
const corrupt = (code: string) => {
  const at = Math.floor(code.length / 2);
  return `${code.slice(0, at)}${code[at] === 'A' ? 'B' : 'A'}${code.slice(at + 1)}`;
};

const nicknames = (text: string) => extractProgressCodes(text).codes.map((found) => found.summary.nickname);

describe('finding progress codes in pasted chat text', () => {
  it('finds one code per line', () => {
    expect(nicknames(`${LAN}\n${MINH}\r\n${HOA}\n`)).toEqual(['Lan', 'Minh 😎', 'Hoà']);
  });

  it('finds codes inside a copied Zalo chat with names, times, emoji and Vietnamese text', () => {
    const chat = [
      'Lan Anh 🌸',
      `Em gửi cô mã ạ:${LAN}🙏`,
      '10:32',
      'Trần Minh',
      `mã của em là (${MINH}). Em cảm ơn cô!!! 😊`,
      'Hoà 7A, 10:41',
      `«${HOA}», đã xem`,
      'Cô Hương: các em nhớ gửi mã bắt đầu bằng VB1- nhé',
    ].join('\n');
    const result = extractProgressCodes(chat);
    expect(result.codes.map((found) => [found.summary.nickname, found.line])).toEqual([
      ['Lan', 2],
      ['Minh 😎', 5],
      ['Hoà', 7],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('finds two codes on one line, with or without a space between them', () => {
    expect(nicknames(`${LAN} ${MINH}`)).toEqual(['Lan', 'Minh 😎']);
    expect(nicknames(`${LAN}${MINH},${HOA}`)).toEqual(['Lan', 'Minh 😎', 'Hoà']);
  });

  it('joins a code that the chat app wrapped across lines', () => {
    const twoLines = `Minh: ${MINH.slice(0, 30)}\n${MINH.slice(30)}\n10:45`;
    expect(extractProgressCodes(twoLines)).toMatchObject({ codes: [{ code: MINH, line: 1 }], problems: [] });
    const threeLines = `${LAN.slice(0, 20)}\n   ${LAN.slice(20, 40)}\n${LAN.slice(40)}  \n${HOA}`;
    expect(nicknames(threeLines)).toEqual(['Lan', 'Hoà']);
  });

  it('joins a code wrapped right after its prefix, and ignores a bare mention of the prefix', () => {
    expect(nicknames(`Hoà: VB1-\n${HOA.slice(4)}`)).toEqual(['Hoà']);
    expect(extractProgressCodes('Mã bắt đầu bằng VB1-\nnhé các em')).toEqual({ codes: [], problems: [] });
  });

  it('does not join a following word onto a code that is already valid', () => {
    expect(extractProgressCodes(`${LAN}\nok\nCamOn`).codes.map((found) => found.code)).toEqual([LAN]);
  });

  it('separates a code from ASCII text glued to its end', () => {
    expect(extractProgressCodes(`${LAN}okCo`).codes.map((found) => found.code)).toEqual([LAN]);
  });

  it('ignores invisible characters slipped into a code', () => {
    expect(nicknames(`${LAN.slice(0, 25)}\u200B${LAN.slice(25)}`)).toEqual(['Lan']);
  });

  it('lists a corrupted or cut code with its reason and keeps the good ones', () => {
    const result = extractProgressCodes(`Lan: ${LAN}\nBình: ${corrupt(MINH)}\nAn: VB1-abcdef`);
    expect(result.codes.map((found) => found.summary.nickname)).toEqual(['Lan']);
    expect(result.problems).toEqual([
      { excerpt: `${MINH.slice(0, 14)}…`, line: 2, error: 'checksum' },
      { excerpt: 'VB1-abcdef', line: 3, error: 'truncated' },
    ]);
  });

  it('counts the same code pasted twice once', () => {
    expect(nicknames(`${LAN}\n${LAN}`)).toEqual(['Lan']);
  });

  it('finds nothing in text without codes', () => {
    expect(extractProgressCodes('Chào cô, em chưa làm xong ạ 😅')).toEqual({ codes: [], problems: [] });
  });
});

const decoded = (code: string) => {
  const result = decodeProgressCode(code);
  if (!result.ok) throw new Error(result.error);
  return learnerFromSummary(result.summary, index);
};

function classWith(...codes: string[]): ClassesRecord {
  const record = createClass(emptyClasses(), { id: 'lop7a', name: 'Lớp 7A', createdAt: '2026-11-27T00:00:00.000Z' });
  return addLearners(record, 'lop7a', codes.map(decoded)).record;
}

describe('a class built from codes', () => {
  it('merges the same learner pasted twice into one row: union of lessons, best scores', () => {
    const early = learner(IDS.lan, 'Hồ sơ 1', { a: [attempt(['q1', 'q2', 'q3'], ['q1', 'q2', 'q3'])] });
    const later = learner(IDS.lan, 'Lan', { a: [attempt(['q1', 'q2', 'q3'], ['q1'], '2026-11-25T08:00:00.000Z')] }, { c: { markedDoneAt: '2026-11-25T00:00:00.000Z' } });
    const first = addLearners(classWith(codeOf(early, '2026-11-20')), 'lop7a', [decoded(codeOf(later, '2026-11-26'))]);
    expect(first).toMatchObject({ added: 0, merged: 1 });
    const learners = activeClass(first.record)!.learners;
    expect(learners).toHaveLength(1);
    const [row] = learnerRows(learners, index);
    expect(row).toMatchObject({ nickname: 'Lan', lastCodeOn: '2026-11-26', tracksCompleted: [] });
    expect(row!.tracks.student).toEqual({ done: 2, total: 3, complete: false });
    expect(learners[0]!.profile.attempts.a!.map((a) => a.score).sort()).toEqual([100, 33]);
  });

  it('keeps the newest nickname even when an older code is pasted last', () => {
    const renamed = learner(IDS.lan, 'Lan Anh');
    const record = addLearners(classWith(codeOf(renamed, '2026-11-26')), 'lop7a', [decoded(codeOf(learner(IDS.lan, 'Hồ sơ 1'), '2026-11-02'))]).record;
    expect(activeClass(record)!.learners.map((l) => [l.profile.nickname, l.lastCodeOn])).toEqual([['Lan Anh', '2026-11-26']]);
  });

  it('keeps two learners who share a nickname as two rows', () => {
    const record = classWith(LAN, codeOf(learner(IDS.lan2, 'Lan')));
    const rows = learnerRows(activeClass(record)!.learners, index);
    expect(rows.map((row) => [row.nickname, row.profileId])).toEqual([
      ['Lan', IDS.lan],
      ['Lan', IDS.lan2],
    ]);
    // The start of the profile id tells them apart, in the table and the CSV.
    expect(sharedNameTags(rows)).toEqual({ [IDS.lan]: 'LanL', [IDS.lan2]: 'LanH' });
    expect(sharedNameTags(rows.slice(0, 1))).toEqual({});
  });

  it('adds a profile of this device without the options it chose', () => {
    const incoming = learnerFromDeviceProfile(lan, index, new Date('2026-11-27T09:00:00Z'));
    expect(JSON.stringify(incoming)).not.toContain('answers');
    expect(incoming.profile.attempts.a![0]).toMatchObject({ score: 100, passed: true, correct: ['q1', 'q2', 'q3'], source: 'import' });
  });

  it('names a class the teacher did not name "My class", then "My class (2)" — never "Lớp 1", which reads as first grade', () => {
    const names = { first: 'Lớp của tôi', numbered: (n: number) => `Lớp của tôi (${n})` };
    expect(defaultClassName(emptyClasses(), names)).toBe('Lớp của tôi');
    let record = createClass(emptyClasses(), { id: 'a', name: defaultClassName(emptyClasses(), names), createdAt: '2026-11-27T00:00:00.000Z' });
    expect(defaultClassName(record, names)).toBe('Lớp của tôi (2)');
    record = createClass(record, { id: 'b', name: 'Lớp của tôi (3)', createdAt: '2026-11-27T00:00:00.000Z' });
    expect(defaultClassName(record, names)).toBe('Lớp của tôi (2)');
    record = createClass(record, { id: 'c', name: 'Lớp của tôi (2)', createdAt: '2026-11-27T00:00:00.000Z' });
    expect(defaultClassName(record, names)).toBe('Lớp của tôi (4)');
    // After the first is renamed, its name is free again.
    expect(defaultClassName(renameClass(record, 'a', '7A'), names)).toBe('Lớp của tôi');
  });

  it('names, switches away from, empties and deletes classes', () => {
    let record = classWith(LAN, MINH);
    record = renameClass(record, 'lop7a', '  Lớp 7A — học kỳ 1 ');
    record = createClass(record, { id: 'lop8b', name: 'Lớp 8B', createdAt: '2026-11-27T00:00:00.000Z' });
    expect(activeClass(record)!.name).toBe('Lớp 8B');
    record = deleteClass(record, 'lop8b');
    expect(activeClass(record)).toMatchObject({ id: 'lop7a', name: 'Lớp 7A — học kỳ 1' });
    record = removeLearner(record, 'lop7a', IDS.lan);
    expect(activeClass(record)!.learners.map((l) => l.profile.nickname)).toEqual(['Minh 😎']);
    expect(deleteClass(record, 'lop7a')).toEqual({ version: 1, classes: [] });
  });
});

describe('class-level figures', () => {
  const profiles = () => activeClass(classWith(LAN, MINH, HOA))!.learners.map((l) => l.profile);

  it('counts learners who did each lesson and passed each quiz', () => {
    const figures = classFigures(profiles(), index);
    expect(figures.learners).toBe(3);
    expect(figures.lessons.map((l) => [l.slug, l.done])).toEqual([['a', 1], ['b', 0], ['c', 1], ['t', 0]]);
    expect(figures.quizzes).toEqual([{ quizId: 'a', attempted: 3, passed: 1 }]);
  });

  it('lists the questions missed most first, from the per-question bits (ties in quiz order)', () => {
    expect(classFigures(profiles(), index).questions).toEqual([
      { quizId: 'a', questionId: 'q1', answered: 3, wrong: 1 },
      { quizId: 'a', questionId: 'q2', answered: 3, wrong: 1 },
      { quizId: 'a', questionId: 'q3', answered: 3, wrong: 0 },
    ]);
    const twoMissQ2 = [...profiles(), learner('AnAnAnAnAnA', 'An', { a: [attempt(['q1', 'q2', 'q3'], ['q1'])] })];
    expect(classFigures(twoMissQ2, index).questions.map((q) => [q.questionId, q.wrong])).toEqual([['q2', 2], ['q1', 1], ['q3', 1]]);
  });

  it('withholds per-question figures of a quiz that fewer than three learners did', () => {
    const figures = classFigures(profiles().slice(0, 2), index);
    expect(figures.questions).toEqual([]);
    expect(figures.withheldQuizzes).toEqual(['a']);
    expect(figures.quizzes).toEqual([{ quizId: 'a', attempted: 2, passed: 1 }]);
  });

  it('averages the pre/post gain over learners with both tests', () => {
    const withTests = (id: string, pre: string[], post: string[]) =>
      learner(id, id, { pre: [attempt(['q1', 'q2'], pre)], post: [attempt(['q1', 'q2'], post)] });
    const figures = classFigures([withTests('AAAAAAAAAAA', [], ['q1', 'q2']), withTests('BBBBBBBBBBB', ['q1'], ['q1']), lan], index);
    expect(figures.gains).toEqual([{ pre: 'pre', post: 'post', learners: 2, meanPre: 25, meanPost: 75, meanGain: 50 }]);
  });
});

describe('the class table', () => {
  const withGain = (id: string, nickname: string, pre: string[], post: string[]) =>
    learner(id, nickname, { pre: [attempt(['q1', 'q2'], pre)], post: [attempt(['q1', 'q2'], post)] });
  const rows = () =>
    learnerRows(
      activeClass(classWith(LAN, MINH, codeOf(withGain(IDS.hoa, 'Ánh', [], ['q1'])), codeOf(withGain(IDS.lan2, 'bảo', ['q1'], ['q1']))))!.learners,
      index,
    );

  it('sorts nicknames in Vietnamese order', () => {
    expect(sortRows(rows(), 'nickname', 'ascending', 'vi').map((r) => r.nickname)).toEqual(['Ánh', 'bảo', 'Lan', 'Minh 😎']);
    expect(sortRows(rows(), 'nickname', 'descending', 'vi').map((r) => r.nickname)).toEqual(['Minh 😎', 'Lan', 'bảo', 'Ánh']);
  });

  it('sorts Vietnamese full names by the given name (the last word), then the whole name', () => {
    const named = (...names: string[]) => names.map((nickname, i) => ({ ...rows()[0]!, nickname, profileId: `id${i}` }));
    const sorted = (names: string[], direction: 'ascending' | 'descending' = 'ascending', locale = 'vi') =>
      sortRows(named(...names), 'nickname', direction, locale).map((r) => r.nickname);
    // "Nguyễn Văn An" sorts under An; Ă and Â are letters of their own after A; Đ after D.
    expect(sorted(['Trần Thị Bình', 'Nguyễn Văn An', 'Lê Đức', 'Phạm Ân', 'Võ Dũng', 'Hoàng Ăn', 'Bùi An'])).toEqual([
      'Bùi An',
      'Nguyễn Văn An',
      'Hoàng Ăn',
      'Phạm Ân',
      'Trần Thị Bình',
      'Võ Dũng',
      'Lê Đức',
    ]);
    expect(sorted(['Nguyễn Văn An', 'Trần Thị Bình'], 'descending')).toEqual(['Trần Thị Bình', 'Nguyễn Văn An']);
    // Free text: a class label, emoji or punctuation after the name is not the given name.
    expect(sorted(['Minh 😎', 'Hoà, 7A 🌸', 'Lan (7A)', 'an', 'Bảo ❤️', 'Cúc❤️'])).toEqual(['an', 'Bảo ❤️', 'Cúc❤️', 'Hoà, 7A 🌸', 'Lan (7A)', 'Minh 😎']);
    expect(sorted(['😎', '7A', 'Bình'])).toEqual(['😎', '7A', 'Bình']);
    // English uses the same last-word rule with its own order.
    expect(sorted(['Ann Zhou', 'Zoe Adams', 'Bob Brown'], 'ascending', 'en')).toEqual(['Zoe Adams', 'Bob Brown', 'Ann Zhou']);
  });

  it('says per lesson whether each learner has not started, tried (with the best score) or done it', () => {
    const lessons = Object.fromEntries(rows().map((row) => [row.nickname, row.lessons]));
    expect(lessons.Lan).toEqual({ a: { state: 'done' }, b: { state: 'not-started' }, c: { state: 'done' }, t: { state: 'not-started' } });
    expect(lessons['Minh 😎']!.a).toEqual({ state: 'tried', best: 67 });
  });

  it('takes the lessons of the track the class has done or tried most, until the teacher chooses', () => {
    const order = ['student', 'teacher', 'trainer', 'community'];
    expect(classLessons(null, rows(), index, order)).toEqual(['a', 'b', 'c']);
    const markedT = { t: { markedDoneAt: '2026-11-21T00:00:00.000Z' } };
    const teachers = learnerRows(
      activeClass(classWith(codeOf(learner(IDS.lan, 'Lan', {}, markedT)), codeOf(learner(IDS.hoa, 'Hoà', {}, markedT)), MINH))!.learners,
      index,
    );
    // Two learners did the teacher lesson, one tried a student quiz.
    expect(busiestTrack(teachers, index, order)).toBe('teacher');
    expect(classLessons(null, teachers, index, order)).toEqual(['t']);
    // One each: a tie goes to the first track in site order.
    expect(busiestTrack(teachers.slice(1), index, order)).toBe('student');
    expect(busiestTrack(teachers.slice(1), index, ['teacher', 'student'])).toBe('teacher');
    // Nothing started yet: the first track that has lessons.
    expect(classLessons(null, [], index, ['trainer', 'teacher', 'student'])).toEqual(['t']);
    // The teacher's choice, in site order; a lesson the site no longer has is dropped.
    expect(classLessons(['t', 'gone', 'a'], rows(), index, order)).toEqual(['a', 't']);
    expect(classLessons([], rows(), index, order)).toEqual([]);
  });

  it('hides the columns of lessons no learner has started', () => {
    expect(lessonColumns(['a', 'b', 'c'], rows())).toEqual({ shown: ['a', 'c'], hidden: ['b'] });
    expect(lessonColumns(['b', 't'], rows())).toEqual({ shown: [], hidden: ['b', 't'] });
  });

  it('sorts by a lesson (done, then tried by best score, then not started) and by lessons done', () => {
    expect(sortRows(rows(), 'lesson:a', 'descending', 'vi').map((r) => r.nickname)).toEqual(['Lan', 'Minh 😎', 'Ánh', 'bảo']);
    expect(sortRows(rows(), 'lesson:a', 'ascending', 'vi').map((r) => r.nickname)).toEqual(['Ánh', 'bảo', 'Minh 😎', 'Lan']);
    expect(sortRows(rows(), 'lessons', 'descending', 'vi', ['a', 'b', 'c']).map((r) => r.nickname)).toEqual(['Lan', 'Ánh', 'bảo', 'Minh 😎']);
  });

  it('puts learners without a gain last either way', () => {
    expect(sortRows(rows(), 'gain', 'descending', 'vi').map((r) => r.nickname)).toEqual(['Ánh', 'bảo', 'Lan', 'Minh 😎']);
    expect(sortRows(rows(), 'gain', 'ascending', 'vi').map((r) => r.nickname)).toEqual(['bảo', 'Ánh', 'Lan', 'Minh 😎']);
  });

  it('shows the pre/post pairs present', () => {
    expect(tableGainPairs(rows(), index)).toEqual([{ pre: 'pre', post: 'post' }]);
  });
});

describe('class CSV', () => {
  const labels: ClassCsvLabels = {
    nickname: 'Biệt danh',
    tag: 'Hồ sơ (khi trùng biệt danh)',
    lessonsDone: 'Bài đã xong (trên 3)',
    lesson: (slug) => `Bài ${slug}`,
    status: (status) => (status.state === 'done' ? 'đã xong' : status.state === 'tried' ? `đã thử ${status.best}%` : 'chưa bắt đầu'),
    tracksCompleted: 'Lộ trình đã xong',
    gain: (post) => `Tiến bộ, "${post}"`,
    codeDate: 'Ngày của mã',
    trackName: (track) => (track === 'student' ? 'Học sinh' : 'Giáo viên'),
  };
  const row = (nickname: string, overrides: Partial<ReturnType<typeof learnerRows>[number]> = {}) => ({
    profileId: 'AAAAAAAAAAA',
    nickname,
    lastCodeOn: '2026-11-27',
    lessons: { a: { state: 'done' }, b: { state: 'tried', best: 60 }, c: { state: 'not-started' } } as ReturnType<typeof learnerRows>[number]['lessons'],
    tracks: { student: { done: 3, total: 3, complete: true }, teacher: { done: 1, total: 1, complete: true } },
    tracksCompleted: ['student', 'teacher'],
    gains: [{ pre: 'pre', post: 'post', gain: -5 }],
    ...overrides,
  });

  it('starts with a BOM, quotes commas, quotes and line breaks, and keeps Vietnamese', () => {
    const csv = classCsv(
      [row('Nguyễn, "Bé" Đào\nlớp 7A'), row('Minh', { profileId: 'BBBBBBBBBBB', gains: [], tracksCompleted: [] })],
      { lessons: ['a', 'b', 'c'], shownLessons: ['a', 'b'], gainPairs: [{ post: 'post' }] },
      labels,
    );
    expect(csv).toBe(
      '\uFEFFBiệt danh,Hồ sơ (khi trùng biệt danh),Bài đã xong (trên 3),Bài a,Bài b,Lộ trình đã xong,"Tiến bộ, ""post""",Ngày của mã\r\n' +
        '"Nguyễn, ""Bé"" Đào\nlớp 7A",,1,đã xong,đã thử 60%,"Học sinh; Giáo viên",-5,2026-11-27\r\n' +
        'Minh,,1,đã xong,đã thử 60%,,,2026-11-27\r\n',
    );
  });

  it('tells two learners with the same nickname apart by their profile tag', () => {
    const csv = classCsv([row('An'), row('An', { profileId: 'BBBBBBBBBBB', lessons: {} })], { lessons: ['a'], shownLessons: ['a'], gainPairs: [] }, labels);
    expect(csv.split('\r\n').slice(1)).toEqual(['An,#AAAA,1,đã xong,"Học sinh; Giáo viên",2026-11-27', 'An,#BBBB,0,chưa bắt đầu,"Học sinh; Giáo viên",2026-11-27', '']);
  });

  it('never lets a nickname run as a formula', () => {
    expect(classCsv([row('=1+1')], { lessons: [], shownLessons: [], gainPairs: [] }, labels)).toContain("\r\n'=1+1,");
  });

  it('names the file in ASCII', () => {
    expect(classCsvFileName('Lớp 7A — Đồng Văn', new Date('2026-11-27T10:00:00Z'))).toBe('lop-7a-dong-van-2026-11-27.csv');
    expect(classCsvFileName('', new Date('2026-11-27T10:00:00Z'))).toBe('lop-hoc-2026-11-27.csv');
  });
});

const makeStore = (storage: StorageLike | null) =>
  createClassStore({ storage, randomBytes: (n) => new Uint8Array(n).fill(7), now: () => new Date('2026-11-27T10:00:00.000Z') });

describe('class storage', () => {
  it('keeps the class under its own key across a reload', () => {
    const storage = new MemoryStorage();
    makeStore(storage).update(() => classWith(LAN, MINH));
    expect([...storage.map.keys()]).toEqual([CLASSES_KEY]);
    expect(activeClass(makeStore(storage).load().record)!.learners.map((l) => l.profile.nickname)).toEqual(['Lan', 'Minh 😎']);
  });

  it('copies unreadable data aside, never deletes it, and starts again', () => {
    const storage = new MemoryStorage();
    storage.map.set(CLASSES_KEY, '{"version":1,"classes":[{"id":"x"}]}');
    const state = makeStore(storage).load();
    expect(state.record).toEqual(emptyClasses());
    const backupKey = `${CLASSES_BACKUP_PREFIX}2026-11-27T10:00:00.000Z`;
    expect(state.notices).toEqual([{ kind: 'recovered', backupKey, reason: 'invalid at classes.0.name', problem: 'invalid' }]);
    expect(storage.map.get(backupKey)).toBe('{"version":1,"classes":[{"id":"x"}]}');
    expect(storage.map.has(CLASSES_KEY)).toBe(false);
  });

  it('lists the kept copies, named by when they were set aside, to download as they were', () => {
    const storage = new MemoryStorage();
    storage.map.set(CLASSES_KEY, '{"version":1,"classes":[{"id":"x"');
    const store = makeStore(storage);
    store.load();
    const backups = store.backups();
    expect(backups).toEqual([{ key: `${CLASSES_BACKUP_PREFIX}2026-11-27T10:00:00.000Z`, text: '{"version":1,"classes":[{"id":"x"' }]);
    expect(classBackupFileName(backups[0]!.key, 1)).toBe('lop-hoc-ban-sao-2026-11-27-10-00-00.json');
    expect(classBackupFileName(`${CLASSES_BACKUP_PREFIX}hôm qua`, 2)).toBe('lop-hoc-ban-sao-2.json');
  });

  it('reads classes stored before a class could choose its lessons, and keeps a choice', () => {
    const stored = '{"version":1,"activeClassId":"lop7a","classes":[{"id":"lop7a","name":"7A","createdAt":"2026-11-20T00:00:00.000Z","learners":[]}]}';
    expect(parseClasses(stored)).toEqual({
      ok: true,
      record: { version: 1, activeClassId: 'lop7a', classes: [{ id: 'lop7a', name: '7A', createdAt: '2026-11-20T00:00:00.000Z', learners: [], lessons: null }] },
    });
    const storage = new MemoryStorage();
    storage.map.set(CLASSES_KEY, stored);
    expect(makeStore(storage).update((record) => setClassLessons(record, 'lop7a', ['t', 'a', 't'])).notices).toEqual([]);
    expect(activeClass(makeStore(storage).load().record)!.lessons).toEqual(['t', 'a']);
    // Back to following the class.
    makeStore(storage).update((record) => setClassLessons(record, 'lop7a', null));
    expect(activeClass(makeStore(storage).load().record)!.lessons).toBeNull();
  });

  it('treats a record from a newer version of the site as unreadable', () => {
    const storage = new MemoryStorage();
    storage.map.set(CLASSES_KEY, '{"version":2,"classes":[]}');
    expect(makeStore(storage).load().notices).toMatchObject([{ kind: 'recovered', reason: 'made by a newer version (2)', problem: 'newer' }]);
  });

  it('works in memory, and says so, when storage is blocked or full', () => {
    const blocked = new MemoryStorage();
    blocked.broken = true;
    const store = makeStore(blocked);
    expect(store.update(() => classWith(LAN)).notices).toEqual([{ kind: 'tab-only', reason: 'unavailable' }]);
    expect(activeClass(store.load().record)!.learners).toHaveLength(1);

    const full = new MemoryStorage();
    full.full = true;
    expect(makeStore(full).update(() => classWith(LAN))).toMatchObject({ mode: 'memory', notices: [{ kind: 'tab-only', reason: 'full' }] });
    expect(makeStore(null).load()).toMatchObject({ mode: 'memory', notices: [{ kind: 'tab-only', reason: 'unavailable' }] });
  });

  it('makes class ids like profile ids', () => {
    expect(makeStore(null).newClassId()).toMatch(/^[A-Za-z0-9_-]{11}$/);
  });
});
