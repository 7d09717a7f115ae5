/**
 * The programme roll-up: trainers' report files merged into one coordinator's figures —
 * merging, period filters, distinct places, the pooled gain, per-question ranking, and files
 * or figures that cannot be right.
 */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import { exportRollup, MAX_FILE_BYTES, readLoadedFile, ROLLUP_EXPORT_FORMAT } from '../../src/lib/reports/files.ts';
import { figuresOf, groupRows, issuesOf, rollupItems, sessionsPerMonth, trainersOf, type RollupItem } from '../../src/lib/reports/figures.ts';
import { keyLibrary, testsOfReport, type PlanInfo } from '../../src/lib/reports/keys.ts';
import { loadFiles } from '../../src/lib/reports/merge.ts';
import { isBackwards, periodRange, selectReports, yearsOf, type Selection } from '../../src/lib/reports/period.ts';
import { addPlaceMerge, normalizePlaceName, placeGroups, placeOf, undoPlaceMerges } from '../../src/lib/reports/places.ts';
import { questionRows } from '../../src/lib/reports/questions.ts';
import { emptyRollup, type PlaceMerge, type RollupRecord } from '../../src/lib/reports/schema.ts';
import { createRollupStore, ROLLUP_BACKUP_PREFIX, ROLLUP_KEY, rollupBackupFileName } from '../../src/lib/reports/store.ts';
import { placeParts, formatCount } from '../../src/lib/reports/summary.ts';
import { rollupCsvRows, type RollupCsvLabels } from '../../src/lib/reports/csv.ts';
import { exportReports } from '../../src/lib/sessions/records.ts';
import type { PlaceType, SessionReport, TestEntry, TestKey } from '../../src/lib/sessions/schema.ts';
import { MemoryStorage } from './support/memory-storage.ts';

const now = new Date('2026-12-03T10:00:00.000Z');

const tf = (id: string, answer: 'fact' | 'myth') => ({ id, type: 'truefalse' as const, options: [{ id: 'fact', correct: answer === 'fact' }, { id: 'myth', correct: answer === 'myth' }] });
const edition = (slug: string, version: number): TestKey => ({ slug, version, questions: [tf('q1', 'myth'), tf('q2', 'fact'), tf('q3', 'myth')] });
const PRE = { slug: 'hop-thon-truoc', version: 2 };
const POST = { slug: 'hop-thon-sau', version: 2 };
const ownKeys = [edition('hop-thon-truoc', 2), edition('hop-thon-sau', 2)];
const plans: Record<string, PlanInfo> = {
  'hop-thon-90-phut': { slug: 'hop-thon-90-phut', title: 'Họp thôn 90 phút', pre: PRE, post: POST },
  'tiet-hoc-45-phut': { slug: 'tiet-hoc-45-phut', title: 'Tiết học 45 phút', pre: null, post: null },
};

const tallies = (respondents: number, correct: Record<string, number>, test = PRE): TestEntry => ({ test, method: 'tallies', sheets: [], respondents, correct });
const none = (test = PRE): TestEntry => ({ test, method: 'tallies', sheets: [], respondents: 0, correct: {} });

let counter = 0;
/** A report with what the test needs; everything else as a trainer would leave it. */
function report(over: Partial<SessionReport> & { female?: number; male?: number } = {}): SessionReport {
  const { female = 10, male = 10, ...rest } = over;
  const id = rest.id ?? `report-${++counter}`;
  return {
    id,
    session: 'hop-thon-90-phut',
    trainer: 'Sở Tư pháp',
    placeType: 'village',
    date: '2026-05-10',
    place: 'Thôn Nà Phìn',
    notes: '',
    headcount: { female, male, age: { under16: 0, from16to17: 0, from18to35: female + male, from36to59: 0, from60: 0 } },
    pre: none(PRE),
    post: none(POST),
    createdAt: '2026-05-10T08:00:00.000Z',
    updatedAt: '2026-05-10T08:00:00.000Z',
    ...rest,
  };
}

const itemsOf = (reports: SessionReport[], keys: TestKey[] = ownKeys) => rollupItems(reports, keyLibrary(keys), plans);
const fileOf = (name: string, reports: SessionReport[], keys: TestKey[] = []) => readLoadedFile(name, exportReports(reports, now, keys));

describe('merging trainers\' files', () => {
  it('adds every report once; the same report id keeps its newer copy whichever file comes first', () => {
    const old = report({ id: 'same-one', place: 'Thôn A', updatedAt: '2026-05-10T08:00:00.000Z' });
    const newer = { ...old, place: 'Thôn B', updatedAt: '2026-05-11T08:00:00.000Z' };
    for (const order of [[old, newer], [newer, old]]) {
      const { record, outcome } = loadFiles(emptyRollup(), [fileOf('a.json', [order[0]!, report({ id: 'only-in-a' })]), fileOf('b.json', [order[1]!])], now);
      expect(record.reports.map((r) => [r.id, r.place])).toEqual([['same-one', 'Thôn B'], ['only-in-a', 'Thôn Nà Phìn']]);
      expect(outcome.loaded.map((f) => [f.name, f.added, f.updated, f.kept])).toEqual(
        order[0] === old ? [['a.json', 2, 0, 0], ['b.json', 0, 1, 0]] : [['a.json', 2, 0, 0], ['b.json', 0, 0, 1]],
      );
    }
  });

  it('names a bad file and skips it, losing nothing from the good ones', () => {
    const readings = [fileOf('tram.json', [report({ id: 'from-tram' })]), readLoadedFile('ghi-chu.txt', 'not a report'), fileOf('lan.json', [report({ id: 'from-lan' })])];
    const { record, outcome } = loadFiles(emptyRollup(), readings, now);
    expect(record.reports.map((r) => r.id)).toEqual(['from-tram', 'from-lan']);
    expect(outcome.bad).toEqual([{ name: 'ghi-chu.txt', problem: { kind: 'not-json' } }]);
    expect(record.files.map((f) => [f.name, f.reports])).toEqual([['tram.json', 1], ['lan.json', 1]]);
  });

  it('keeps the answer keys files carried, once per edition', () => {
    const usesOld = () => report({ post: none({ slug: 'hop-thon-sau', version: 1 }) });
    const { record } = loadFiles(emptyRollup(), [fileOf('a.json', [usesOld()], [edition('hop-thon-sau', 1)]), fileOf('b.json', [usesOld()], [edition('hop-thon-sau', 1)])], now);
    expect(record.tests.map((t) => `${t.slug}@${t.version}`)).toEqual(['hop-thon-sau@1']);
  });

  it('loads a roll-up file back, with its place merges', () => {
    const merges: PlaceMerge[] = [{ type: 'village', from: 'na phin', into: 'nà phìn' }];
    const kept: RollupRecord = { ...emptyRollup(), reports: [report({ id: 'kept-one' })], placeMerges: merges };
    const reading = readLoadedFile('tong-hop.json', exportRollup(kept, now));
    expect(reading).toMatchObject({ ok: true, file: { kind: 'rollup', reports: [{ id: 'kept-one' }], placeMerges: merges } });
    const { record } = loadFiles(emptyRollup(), [reading, reading], now);
    expect(record.placeMerges).toEqual(merges);
    expect(JSON.parse(exportRollup(kept, now))).toMatchObject({ format: ROLLUP_EXPORT_FORMAT, version: 1 });
  });
});

describe('bad files and impossible figures', () => {
  it('says what is wrong with each kind of bad file', () => {
    expect(readLoadedFile('empty.json', '  ')).toEqual({ ok: false, name: 'empty.json', problem: { kind: 'empty' } });
    expect(readLoadedFile('big.json', '{}', MAX_FILE_BYTES + 1)).toEqual({ ok: false, name: 'big.json', problem: { kind: 'too-large', bytes: MAX_FILE_BYTES + 1 } });
    expect(readLoadedFile('cut.json', '{"format":"vung-buoc-session-reports","reports":[')).toMatchObject({ ok: false, problem: { kind: 'not-json' } });
    expect(readLoadedFile('progress.json', '{"format":"vung-buoc-progress","version":1}')).toMatchObject({ ok: false, problem: { kind: 'not-reports' } });
    expect(readLoadedFile('list.json', '[1,2,3]')).toMatchObject({ ok: false, problem: { kind: 'not-reports' } });
    expect(readLoadedFile('future.json', JSON.stringify({ format: 'vung-buoc-session-reports', version: 7, reports: [] }))).toEqual({
      ok: false,
      name: 'future.json',
      problem: { kind: 'newer', version: 7 },
    });
    expect(readLoadedFile('future-rollup.json', JSON.stringify({ ...emptyRollup(), format: ROLLUP_EXPORT_FORMAT, version: 4 }))).toMatchObject({ ok: false, problem: { kind: 'newer', version: 4 } });
    expect(readLoadedFile('broken-rollup.json', JSON.stringify({ ...emptyRollup(), format: ROLLUP_EXPORT_FORMAT, reports: 'x' }))).toMatchObject({ ok: false, problem: { kind: 'damaged', field: 'reports' } });
  });

  it('skips and names a report that does not read, keeping the rest of its file', () => {
    const file = JSON.parse(exportReports([report({ id: 'good-one' }), report({ id: 'bad-one' })], now));
    file.reports[1].placeType = 'city';
    const { record, outcome } = loadFiles(emptyRollup(), [readLoadedFile('x.json', JSON.stringify(file))], now);
    expect(record.reports.map((r) => r.id)).toEqual(['good-one']);
    expect(outcome.loaded[0]!.skipped).toEqual([{ number: 2, id: 'bad-one', field: 'placeType' }]);
  });

  it('leaves out figures that cannot be right, with the report page\'s own rule, and names them', () => {
    const items = itemsOf([
      report({ id: 'too-many', pre: tallies(20, { q1: 25, q2: 10, q3: 10 }), post: tallies(20, { q1: 15, q2: 15, q3: 15 }, POST) }),
      report({ id: 'ages-off', headcount: { female: 5, male: 5, age: { under16: 3, from16to17: 0, from18to35: 0, from36to59: 0, from60: 0 }, ethnicMinority: 40 } }),
    ]);
    const figures = figuresOf(items, []);
    expect(figures.totals.attendances).toBe(30);
    expect(figures.totals.ethnicMinority).toBe(0);
    expect(figures.ageCounted).toEqual({ sessions: 1, attendances: 20 });
    expect(figures.totals.age.under16).toBe(0);
    // Question 1 of the pre-test is out: (10 + 10) / 40 before, (15 + 15) / 40 after, on the same questions of the post-test too.
    expect([figures.totals.prePercent, figures.totals.postPercent]).toEqual([50, 75]);
    expect(issuesOf(items).map((issue) => [issue.report.id, issue.kind, issue.kind === 'left-out' ? issue.item.kind : ''])).toEqual([
      ['ages-off', 'left-out', 'age'],
      ['ages-off', 'left-out', 'ethnic'],
      ['too-many', 'left-out', 'question'],
    ]);
  });
});

describe('older reports and test editions', () => {
  const older = report({
    id: 'older-one',
    trainer: '',
    placeType: 'other',
    migratedFrom: 1,
    pre: { ...tallies(10, { q1: 5, q2: 5, q3: 5 }), test: null },
    post: { ...tallies(10, { q1: 9, q2: 9, q3: 9 }), test: null },
  });

  it('counts an older report, marks it, and marks its results with the plan\'s current editions', () => {
    const items = itemsOf([older]);
    expect(figuresOf(items, [])).toMatchObject({ sessions: 1, olderFormat: 1, noTrainer: 1, totals: { prePercent: 50, postPercent: 90, gain: 40 } });
    expect(issuesOf(items)).toEqual([{ kind: 'assumed-edition', report: expect.objectContaining({ id: 'older-one' }) }]);
  });

  it('marks results with the edition the report names, from the site or the file', () => {
    const oldEdition = report({ id: 'edition-one', pre: tallies(10, { q1: 1, q2: 1, q3: 1 }, { slug: 'hop-thon-truoc', version: 1 }), post: tallies(10, { q1: 9, q2: 9, q3: 9 }, { slug: 'hop-thon-sau', version: 1 }) });
    const withFileKeys = itemsOf([oldEdition], [...ownKeys, edition('hop-thon-truoc', 1), edition('hop-thon-sau', 1)]);
    expect(figuresOf(withFileKeys, []).totals.gain).toBe(80);
    expect(issuesOf(withFileKeys)).toEqual([]);
  });

  it('marks an edition it has no key for with the newest edition of the same test, as the report page does, and says so', () => {
    const oldEdition = report({ id: 'edition-one', pre: tallies(10, { q1: 1, q2: 1, q3: 1 }, { slug: 'hop-thon-truoc', version: 1 }), post: tallies(10, { q1: 9, q2: 9, q3: 9 }, { slug: 'hop-thon-sau', version: 1 }) });
    expect(figuresOf(itemsOf([oldEdition]), []).totals.gain).toBe(80);
    expect(issuesOf(itemsOf([oldEdition])).map((issue) => issue.kind === 'remarked-edition' && `${issue.recorded.version}→${issue.used.version}`)).toEqual(['1→2', '1→2']);
    const tests = testsOfReport(oldEdition, keyLibrary(ownKeys), plans);
    expect(tests).toMatchObject({ unknown: [], post: { slug: 'hop-thon-sau', version: 2 } });
  });

  it('leaves out, and names, results of a test no edition of which is known here', () => {
    const gone = report({ id: 'gone', pre: tallies(10, { q1: 1 }, { slug: 'bai-da-bo', version: 3 }), post: tallies(10, { q1: 9, q2: 9, q3: 9 }, POST) });
    expect(issuesOf(itemsOf([gone])).map((issue) => issue.kind === 'unknown-edition' && `${issue.test.slug}@${issue.test.version}`)).toEqual(['bai-da-bo@3']);
    expect(figuresOf(itemsOf([gone]), []).totals.gain).toBeNull();
  });
});

describe('period filters', () => {
  const reports = [
    report({ id: 'jan', date: '2026-01-15' }),
    report({ id: 'mar-31', date: '2026-03-31' }),
    report({ id: 'apr-1', date: '2026-04-01' }),
    report({ id: 'dec-31', date: '2026-12-31', trainer: 'Hội LHPN tỉnh' }),
    report({ id: 'next-year', date: '2027-01-01', session: 'tiet-hoc-45-phut' }),
    report({ id: 'undated', date: '' }),
  ];
  const items = itemsOf(reports);
  const ids = (selection: Partial<Selection>) => {
    const out = selectReports(items, { period: { kind: 'all' }, trainer: null, plan: null, ...selection });
    return { counted: out.counted.map((i) => i.report.id), undated: out.undated.map((i) => i.report.id), outside: out.outside };
  };

  it('a year runs from 1 January to 31 December; reports without a date are counted apart', () => {
    expect(ids({ period: { kind: 'year', year: 2026 } })).toEqual({ counted: ['jan', 'mar-31', 'apr-1', 'dec-31'], undated: ['undated'], outside: 1 });
  });

  it('a quarter is three calendar months, to its last day', () => {
    expect(periodRange({ kind: 'quarter', year: 2028, quarter: 1 })).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 4 })).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(ids({ period: { kind: 'quarter', year: 2026, quarter: 1 } }).counted).toEqual(['jan', 'mar-31']);
    expect(ids({ period: { kind: 'quarter', year: 2026, quarter: 2 } }).counted).toEqual(['apr-1']);
  });

  it('custom dates include both ends; an open end is open; dates the wrong way round select nothing and say so', () => {
    expect(ids({ period: { kind: 'custom', from: '2026-03-31', to: '2026-04-01' } }).counted).toEqual(['mar-31', 'apr-1']);
    expect(ids({ period: { kind: 'custom', from: '2026-12-31', to: '' } }).counted).toEqual(['dec-31', 'next-year']);
    expect(ids({ period: { kind: 'custom', from: '2026-05-01', to: '2026-04-01' } }).counted).toEqual([]);
    expect(isBackwards({ kind: 'custom', from: '2026-05-01', to: '2026-04-01' })).toBe(true);
  });

  it('all time counts the undated reports too, and still says how many have no date', () => {
    expect(ids({})).toEqual({ counted: ['jan', 'mar-31', 'apr-1', 'dec-31', 'next-year', 'undated'], undated: ['undated'], outside: 0 });
  });

  it('narrows to one trainer (spelled any way) or one plan', () => {
    expect(ids({ trainer: 'hội lhpn tỉnh' }).counted).toEqual(['dec-31']);
    expect(ids({ plan: 'tiet-hoc-45-phut' }).counted).toEqual(['next-year']);
    expect(ids({ plan: 'tiet-hoc-45-phut', period: { kind: 'year', year: 2026 } })).toEqual({ counted: [], undated: [], outside: 1 });
    expect(trainersOf(items).map((t) => t.label)).toEqual(['Hội LHPN tỉnh', 'Sở Tư pháp']);
  });

  it('offers the years reports were held in, latest first', () => {
    expect(yearsOf(reports)).toEqual([2027, 2026]);
  });

  it('counts sessions per month, empty months included', () => {
    expect(sessionsPerMonth(itemsOf([report({ date: '2026-11-02' }), report({ date: '2027-01-20' }), report({ date: '2027-01-02' }), report({ date: '' })]))).toEqual([
      { month: '2026-11', sessions: 1 },
      { month: '2026-12', sessions: 0 },
      { month: '2027-01', sessions: 2 },
    ]);
  });
});

describe('distinct places', () => {
  const at = (placeType: PlaceType, place: string) => report({ placeType, place });

  it('matches names whatever the Unicode form, case, spacing or a leading "thôn", "bản", "trường", "phường", "xã"', () => {
    expect(normalizePlaceName('  Thôn   Nà Phìn ')).toBe('nà phìn');
    expect(normalizePlaceName('BẢN NÀ PHÌN')).toBe('nà phìn');
    expect(normalizePlaceName('Na\u0300 Phi\u0300n')).toBe('nà phìn');
    expect(normalizePlaceName('Xã Thanh Hoà')).toBe(normalizePlaceName('thanh hòa'));
    expect(normalizePlaceName('Trường THCS Lũng Cú')).toBe('thcs lũng cú');
    expect(normalizePlaceName('Thôn')).toBe('thôn');
    const figures = figuresOf(itemsOf([at('village', 'Thôn Nà Phìn'), at('village', 'bản nà  phìn'), at('village', 'Na\u0300 Phi\u0300n'), at('village', 'Thôn Lũng Cú')]), []);
    expect(figures.places).toEqual({ village: 2, school: 0, ward: 0, other: 0 });
  });

  it('names a place by the spelling typed most often, the capitalised one when two are typed as often', () => {
    const groups = placeGroups([
      { placeType: 'village', place: 'thôn nà hang', attendances: 10 },
      { placeType: 'village', place: 'Thôn  Nà Hang', attendances: 12 },
    ], []);
    expect(groups.map((group) => group.names)).toEqual([['Thôn Nà Hang', 'thôn nà hang']]);
  });

  it('counts places only within the same kind, and sessions without a place name apart', () => {
    const figures = figuresOf(itemsOf([at('village', 'Nà Phìn'), at('school', 'Trường Nà Phìn'), at('ward', 'Phường Hà Khẩu'), at('other', 'Nhà văn hoá'), at('village', ' ')]), []);
    expect(figures.places).toEqual({ village: 1, school: 1, ward: 1, other: 1 });
    expect(figures.noPlace).toBe(1);
  });

  it('lets the coordinator merge two spellings by hand, follows merges in a chain, and undoes them', () => {
    const reports = [at('school', 'THCS Lũng Cú'), at('school', 'THCS Lung Cu'), at('school', 'Trường THCS Lũng-Cú'), at('village', 'Lung Cu')];
    const items = itemsOf(reports);
    expect(figuresOf(items, []).places.school).toBe(3);
    const first = addPlaceMerge([], { type: 'school', key: 'thcs lung cu' }, { type: 'school', key: 'thcs lũng cú' });
    if (!first.ok) throw new Error('merge refused');
    const second = addPlaceMerge(first.merges, { type: 'school', key: 'thcs lũng-cú' }, { type: 'school', key: 'thcs lung cu' });
    if (!second.ok) throw new Error('merge refused');
    expect(second.merges.at(-1)).toEqual({ type: 'school', from: 'thcs lũng-cú', into: 'thcs lũng cú' });
    expect(figuresOf(items, second.merges).places).toEqual({ village: 1, school: 1, ward: 0, other: 0 });
    const groups = placeGroups(items.map((i) => ({ ...i.report, attendances: i.summary.headcount.total })), second.merges);
    expect(groups.find((g) => g.type === 'school')).toMatchObject({ key: 'thcs lũng cú', sessions: 3, attendances: 60, keys: ['thcs lũng cú', 'thcs lung cu', 'thcs lũng-cú'] });
    expect(placeOf({ placeType: 'village', place: 'Lung Cu' }, second.merges)).toEqual({ type: 'village', key: 'lung cu' });
    expect(undoPlaceMerges(second.merges, { type: 'school', key: 'thcs lũng cú' })).toEqual([]);
  });

  it('refuses to merge places of different kinds, or a place with itself', () => {
    expect(addPlaceMerge([], { type: 'school', key: 'a' }, { type: 'village', key: 'a' })).toEqual({ ok: false, problem: 'different-kinds' });
    expect(addPlaceMerge([{ type: 'village', from: 'b', into: 'a' }], { type: 'village', key: 'b' }, { type: 'village', key: 'a' })).toEqual({ ok: false, problem: 'same-place' });
  });

  it('names the kinds reached, in the programmes\' order, for the summary sentence', () => {
    expect(placeParts({ village: 56, school: 20, ward: 0, other: 2 })).toEqual([{ type: 'village', n: 56 }, { type: 'school', n: 20 }, { type: 'other', n: 2 }]);
    expect(formatCount(21345, 'vi')).toBe('21.345');
    expect(formatCount(21345, 'en')).toBe('21,345');
  });
});

describe('the knowledge gain is pooled, not an average of sessions', () => {
  it('weights each session by the answers it gave: a big session counts more than a small one', () => {
    // 100 people: 30% right before, 60% after. 10 people: 0% before, 100% after.
    const big = report({ female: 50, male: 50, pre: tallies(100, { q1: 30, q2: 30, q3: 30 }), post: tallies(100, { q1: 60, q2: 60, q3: 60 }, POST) });
    const small = report({ female: 5, male: 5, pre: tallies(10, { q1: 0, q2: 0, q3: 0 }), post: tallies(10, { q1: 10, q2: 10, q3: 10 }, POST) });
    const totals = figuresOf(itemsOf([big, small]), []).totals;
    // Pooled: 90/330 = 27% before, 210/330 = 64% after; an average of sessions would say 15% → 80%.
    expect([totals.prePercent, totals.postPercent, totals.gain, totals.sessionsWithGain]).toEqual([27, 64, 37, 2]);
  });

  it('counts the gain only over sessions that have both tests', () => {
    const both = report({ pre: tallies(10, { q1: 5, q2: 5, q3: 5 }), post: tallies(10, { q1: 8, q2: 8, q3: 8 }, POST) });
    const postOnly = report({ post: tallies(10, { q1: 0, q2: 0, q3: 0 }, POST) });
    expect(figuresOf(itemsOf([both, postOnly]), []).totals).toMatchObject({ prePercent: 50, postPercent: 80, gain: 30, sessionsWithGain: 1 });
  });

  it('gives each trainer and each plan its own figures', () => {
    const items = itemsOf([
      report({ trainer: 'Sở Tư pháp', place: 'A', pre: tallies(10, { q1: 5, q2: 5, q3: 5 }), post: tallies(10, { q1: 10, q2: 10, q3: 10 }, POST) }),
      report({ trainer: 'sở  tư pháp', place: 'B' }),
      report({ trainer: '', session: 'tiet-hoc-45-phut', placeType: 'school', place: 'THCS A' }),
    ]);
    const trainers = groupRows(items, 'trainer', [], Object.values(plans));
    expect(trainers.map((row) => [row.label, row.figures.sessions, row.figures.places.village, row.figures.totals.gain])).toEqual([
      ['Sở Tư pháp', 2, 2, 50],
      ['', 1, 0, null],
    ]);
    expect(groupRows(items, 'plan', [], Object.values(plans)).map((row) => [row.label, row.figures.sessions])).toEqual([
      ['Họp thôn 90 phút', 2],
      ['Tiết học 45 phút', 1],
    ]);
  });
});

describe('per-question results, what to reteach first', () => {
  it('pools each question across sessions and puts the lowest post-test first', () => {
    const items = itemsOf([
      report({ pre: tallies(10, { q1: 2, q2: 5, q3: 9 }), post: tallies(10, { q1: 8, q2: 6, q3: 10 }, POST) }),
      report({ pre: tallies(30, { q1: 3, q2: 15, q3: 30 }), post: tallies(30, { q1: 27, q2: 12, q3: 29 }, POST) }),
    ]);
    const rows = questionRows(items);
    expect(rows.map((row) => [row.question, row.pre?.percent, row.post?.percent, row.gain, row.sessions])).toEqual([
      ['q2', 50, 45, -5, 2],
      ['q1', 13, 88, 75, 2],
      ['q3', 98, 98, 0, 2],
    ]);
    expect(rows[0]).toMatchObject({ test: POST, number: 2, post: { correct: 18, total: 40 } });
  });

  it('counts only the sessions with both results of a question when there are any, so its gain compares the same people', () => {
    const rows = questionRows(
      itemsOf([
        report({ pre: tallies(10, { q1: 2, q2: 5, q3: 9 }), post: tallies(10, { q1: 8, q2: 6, q3: 10 }, POST) }),
        // A session whose end-of-session test was not given: its start results stay out of the rows.
        report({ pre: tallies(30, { q1: 0, q2: 0, q3: 0 }) }),
      ]),
    );
    expect(rows.find((row) => row.question === 'q1')).toMatchObject({ pre: { correct: 2, total: 10, percent: 20 }, post: { percent: 80 }, gain: 60, sessions: 1 });
  });

  it('keeps editions apart: the same question id in another edition is another row', () => {
    const rows = questionRows(
      itemsOf(
        [
          report({ post: tallies(10, { q1: 1, q2: 1, q3: 1 }, POST) }),
          report({ pre: none({ slug: 'hop-thon-truoc', version: 1 }), post: tallies(10, { q1: 9, q2: 9, q3: 9 }, { slug: 'hop-thon-sau', version: 1 }) }),
        ],
        [...ownKeys, edition('hop-thon-sau', 1)],
      ),
    );
    expect(rows.map((row) => `${row.test.slug}@${row.test.version}#${row.question}:${row.post?.percent}`)).toEqual([
      'hop-thon-sau@2#q1:10', 'hop-thon-sau@2#q2:10', 'hop-thon-sau@2#q3:10', 'hop-thon-sau@1#q1:90', 'hop-thon-sau@1#q2:90', 'hop-thon-sau@1#q3:90',
    ]);
  });

  it('leaves a question out where its figure cannot be right, and puts questions with no post-test last', () => {
    const rows = questionRows(itemsOf([report({ pre: tallies(10, { q1: 2, q2: 5, q3: 1 }), post: tallies(10, { q1: 50, q2: 6, q3: 7 }, POST) })]));
    expect(rows.map((row) => [row.question, row.pre?.percent, row.post?.percent ?? null])).toEqual([
      ['q2', 50, 60],
      ['q3', 10, 70],
      ['q1', 20, null],
    ]);
  });
});

describe('the roll-up kept in the coordinator\'s browser', () => {
  it('keeps the roll-up under its own versioned key and reads it back', () => {
    const storage = new MemoryStorage();
    const store = createRollupStore({ storage, now: () => now });
    store.update((record) => loadFiles(record, [fileOf('a.json', [report({ id: 'kept-one' })])], now).record);
    expect(JSON.parse(storage.map.get(ROLLUP_KEY)!)).toMatchObject({ version: 1, reportsFormat: 2, reports: [{ id: 'kept-one' }] });
    expect(createRollupStore({ storage }).load().record.reports.map((r) => r.id)).toEqual(['kept-one']);
  });

  it('upgrades reports kept in an older report format', () => {
    const storage = new MemoryStorage();
    const { trainer: _t, placeType: _p, ...v1 } = report({ id: 'v1-report' });
    const formatOne = { ...v1, pre: { method: 'tallies', sheets: [], respondents: 0, correct: {} }, post: { method: 'tallies', sheets: [], respondents: 0, correct: {} } };
    storage.map.set(ROLLUP_KEY, JSON.stringify({ ...emptyRollup(), reportsFormat: 1, reports: [formatOne] }));
    const state = createRollupStore({ storage }).load();
    expect(state.notices).toEqual([]);
    expect(state.record.reports).toMatchObject([{ id: 'v1-report', trainer: '', placeType: 'other', migratedFrom: 1, pre: { test: null } }]);
  });

  it('copies an unreadable roll-up aside, never deletes it, and names the copy\'s file', () => {
    const storage = new MemoryStorage();
    storage.map.set(ROLLUP_KEY, '{"version":1,"reports":"x"}');
    const store = createRollupStore({ storage, now: () => now });
    expect(store.load().notices[0]).toMatchObject({ kind: 'recovered', problem: 'invalid' });
    expect(store.backups()).toEqual([{ key: `${ROLLUP_BACKUP_PREFIX}${now.toISOString()}`, text: '{"version":1,"reports":"x"}' }]);
    expect(rollupBackupFileName(`${ROLLUP_BACKUP_PREFIX}${now.toISOString()}`, 1)).toBe('tong-hop-ban-sao-2026-12-03-10-00-00.json');
  });

  it('refuses a change it could not read back', () => {
    const storage = new MemoryStorage();
    const store = createRollupStore({ storage });
    const result = store.update((record) => ({ ...record, placeMerges: [{ type: 'village', from: '', into: 'a' }] }));
    expect(result.saved).toBe(false);
    expect(storage.map.has(ROLLUP_KEY)).toBe(false);
  });
});

describe('the roll-up as a spreadsheet', () => {
  const labels: RollupCsvLabels = {
    group: 'Nhóm', name: 'Tên', sessions: 'Số buổi',
    places: { village: 'Thôn, bản', school: 'Trường', ward: 'Xã, phường', other: 'Nơi khác' },
    attendances: 'Lượt người', female: 'Nữ', male: 'Nam',
    age: { under16: '<16', from16to17: '16–17', from18to35: '18–35', from36to59: '36–59', from60: '60+' },
    ethnicMinority: 'DTTS', sessionsWithGain: 'Buổi có hai bài', prePercent: 'Đầu (%)', postPercent: 'Cuối (%)', gain: 'Tiến bộ',
    kinds: { total: 'Tổng', trainer: 'Giảng viên', plan: 'Kế hoạch' },
    noTrainer: 'chưa ghi',
    questions: { test: 'Bài', edition: 'Phiên bản', question: 'Câu', text: 'Nội dung', sessions: 'Số buổi', preCorrect: 'Đúng đầu', preTotal: 'Làm đầu', prePercent: '% đầu', postCorrect: 'Đúng cuối', postTotal: 'Làm cuối', postPercent: '% cuối', gain: 'Thay đổi' },
    note: 'Lưu ý',
  };

  it('has the whole selection, each trainer and plan, each question and the notes, with formula cells neutralised; counts nobody took are empty', () => {
    const items: RollupItem[] = itemsOf([report({ trainer: '=cmd()', pre: tallies(10, { q1: 5, q2: 5, q3: 5 }), post: tallies(10, { q1: 8, q2: 8, q3: 8 }, POST) })]);
    const total = { key: '', label: 'Năm 2026', figures: figuresOf(items, []) };
    const csv = toCsv(
      rollupCsvRows(
        {
          total,
          trainers: groupRows(items, 'trainer', [], Object.values(plans)),
          plans: groupRows(items, 'plan', [], Object.values(plans)),
          questions: questionRows(items),
          testTitle: (slug) => `Bài ${slug}`,
          questionText: (row) => `Nội dung ${row.question}`,
          notes: ['Không có ngày: 0'],
        },
        labels,
      ),
    );
    const lines = csv.split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('\uFEFFNhóm,Tên,Số buổi,"Thôn, bản",Trường,"Xã, phường",Nơi khác,Lượt người,Nữ,Nam,<16,16–17,18–35,36–59,60+,DTTS,Buổi có hai bài,Đầu (%),Cuối (%),Tiến bộ');
    expect(lines[1]).toBe('Tổng,Năm 2026,1,1,0,0,0,20,10,10,0,0,20,0,0,,1,50,80,30');
    expect(lines[2]).toBe("Giảng viên,'=cmd(),1,1,0,0,0,20,10,10,0,0,20,0,0,,1,50,80,30");
    expect(lines[3]).toBe('Kế hoạch,Họp thôn 90 phút,1,1,0,0,0,20,10,10,0,0,20,0,0,,1,50,80,30');
    expect(lines[4]).toBe('');
    expect(lines[5]).toBe('Bài,Phiên bản,Câu,Nội dung,Số buổi,Đúng đầu,Làm đầu,% đầu,Đúng cuối,Làm cuối,% cuối,Thay đổi');
    // The question as numbered on the paper, not its id.
    expect(lines[6]).toBe('Bài hop-thon-sau,2,1,Nội dung q1,1,5,10,50,8,10,80,30');
    expect(lines.at(-2)).toBe('Lưu ý,Không có ngày: 0');
  });
});

describe('three trainers\' files from a year of sessions', () => {
  it('load into one roll-up: sessions, distinct places, attendances, undated reports', async () => {
    const { trainerFiles } = await import('../fixtures/rollup/trainer-files.ts');
    const { rollupView } = await import('../../src/lib/reports/view.ts');
    const files = trainerFiles();
    expect(files.map((f) => f.name)).toEqual(['bao-cao-so-tu-phap-2026-12-01.json', 'bao-cao-hoi-lien-hiep-phu-nu-tinh-2026-12-01.json', 'bao-cao-so-giao-duc-va-dao-tao-2026-12-01.json']);
    const { record, outcome } = loadFiles(emptyRollup(), files.map((f) => readLoadedFile(f.name, f.text)), now);
    expect(outcome.bad).toEqual([]);
    const view = rollupView(record, { period: { kind: 'year', year: 2026 }, trainer: null, plan: null }, { plans: [], tests: [] });
    // Bản Phìn Hồ has no date, so it is not among the year's villages.
    expect(view.figures).toMatchObject({ sessions: 11, places: { village: 3, school: 3, ward: 2, other: 0 } });
    expect(view.undated).toEqual({ n: 1, counted: false });
    expect(view.byTrainer.map((row) => [row.label, row.figures.sessions])).toEqual([['Hội Liên hiệp Phụ nữ tỉnh', 3], ['Sở Giáo dục và Đào tạo', 4], ['Sở Tư pháp', 4]]);
    expect(view.issues).toEqual([]);
    // The last question of each test is the hard one: it leads the list of what to reteach.
    expect(view.questions[0]!.question).toBe('q6');
  });
});
