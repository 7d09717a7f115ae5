import { describe, expect, it } from 'vitest';
import {
  addReport,
  addSheet,
  applyReportsImport,
  changeReport,
  deleteReport,
  canAddSheet,
  exportReports,
  isReportDate,
  lastTrainer,
  localIsoDate,
  newReport,
  parseCount,
  planReportsImport,
  readCount,
  readReportsFile,
  removeSheet,
  reportsByDate,
  reportsOfSession,
  setSheetAnswer,
  setTally,
  testKeyId,
} from '../../src/lib/sessions/records.ts';
import { migrateReport, migrateReportsRecord, ReportsMigrationError } from '../../src/lib/sessions/migrate.ts';
import { QUESTION_TYPES } from '../../src/schemas/quiz.ts';
import {
  emptyReportsRecord,
  emptyTestEntry,
  KEY_QUESTION_TYPES,
  LATEST_REPORT_DATE,
  MAX_COUNT,
  MAX_NOTES_LENGTH,
  MAX_PLACE_LENGTH,
  MAX_SHEETS,
  MAX_TRAINER_LENGTH,
  REPORTS_VERSION,
  reportSchema,
  type ReportsRecord,
} from '../../src/lib/sessions/schema.ts';
import { createReportStore, REPORTS_BACKUP_PREFIX, REPORTS_KEY } from '../../src/lib/sessions/store.ts';
import { MemoryStorage } from './support/memory-storage.ts';

const now = new Date('2026-11-27T09:30:00.000Z');
const later = new Date('2026-11-28T09:30:00.000Z');
const fixedNow = () => now;
const village = newReport({ id: 'report-1', session: 'hop-thon-90-phut', now });

describe('editing session reports', () => {
  it('starts a report of a session held today, with nothing counted', () => {
    expect(village).toMatchObject({
      id: 'report-1',
      session: 'hop-thon-90-phut',
      date: localIsoDate(now),
      place: '',
      headcount: { female: 0, male: 0 },
      pre: { method: 'tallies', sheets: [], respondents: 0 },
      createdAt: now.toISOString(),
    });
  });

  it('changes one report and stamps when it changed', () => {
    const record = addReport(addReport(emptyReportsRecord(), village), { ...village, id: 'report-2' });
    const next = changeReport(record, 'report-1', (r) => ({ ...r, place: 'Thôn Nà Phìn' }), later);
    expect(next.reports[0]).toMatchObject({ place: 'Thôn Nà Phìn', updatedAt: later.toISOString() });
    expect(next.reports[1]).toEqual({ ...village, id: 'report-2' });
  });

  it('deletes only the chosen report', () => {
    const record = addReport(addReport(emptyReportsRecord(), village), { ...village, id: 'report-2' });
    expect(deleteReport(record, 'report-1').reports.map((r) => r.id)).toEqual(['report-2']);
  });

  it('lists a plan\'s reports latest first, and all reports oldest first', () => {
    const record: ReportsRecord = {
      version: 2,
      reports: [
        { ...village, id: 'early', date: '2026-10-01' },
        { ...village, id: 'late', date: '2026-11-20' },
        { ...village, id: 'other', session: 'tiet-hoc-45-phut', date: '2026-11-01' },
      ],
    };
    expect(reportsOfSession(record, 'hop-thon-90-phut').map((r) => r.id)).toEqual(['late', 'early']);
    expect(reportsByDate(record).map((r) => r.id)).toEqual(['early', 'other', 'late']);
  });

  it('adds, answers and removes numbered sheets', () => {
    let entry = addSheet(addSheet(emptyTestEntry()));
    entry = setSheetAnswer(entry, 1, 'q1', ['myth']);
    entry = setSheetAnswer(entry, 0, 'q2', ['a']);
    expect(entry.sheets).toEqual([{ q2: ['a'] }, { q1: ['myth'] }]);
    entry = setSheetAnswer(entry, 1, 'q1', []);
    expect(entry.sheets[1]).toEqual({});
    expect(removeSheet(entry, 0).sheets).toEqual([{}]);
  });

  it('keeps a tally per question', () => {
    expect(setTally(setTally(emptyTestEntry(), 'q1', 8), 'q2', 3).correct).toEqual({ q1: 8, q2: 3 });
  });

  it('reads typed counts: empty is 0, anything but digits is refused', () => {
    expect([parseCount(''), parseCount('12'), parseCount(' 1 2 ')]).toEqual([0, 12, 12]);
    expect([parseCount('-3'), parseCount('2.5'), parseCount('mười')]).toEqual([null, null, null]);
  });

  it('refuses a count above what a stored report can hold, and says so', () => {
    expect(MAX_COUNT).toBe(100_000);
    expect(readCount('100000')).toEqual({ ok: true, value: 100_000 });
    expect(readCount('150000')).toEqual({ ok: false, problem: 'too-large' });
    expect(readCount('1 500 000')).toEqual({ ok: false, problem: 'too-large' });
    expect(readCount('12a')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseCount('150000')).toBeNull();
  });

  it('accepts every count the screen accepts in a stored report', () => {
    const counted = { ...village, headcount: { ...village.headcount, female: parseCount('100000')! } };
    expect(reportSchema.safeParse(counted).success).toBe(true);
    expect(reportSchema.safeParse({ ...counted, headcount: { ...counted.headcount, female: 100_001 } }).success).toBe(false);
  });

  it('accepts a date with a four-digit year or no date, and refuses a longer year', () => {
    expect(['2026-11-20', ''].map(isReportDate)).toEqual([true, true]);
    expect(['20266-11-20', '275760-01-01', '26-11-20'].map(isReportDate)).toEqual([false, false, false]);
    for (const date of ['2026-11-20', '20266-11-20']) {
      expect(reportSchema.safeParse({ ...village, date }).success).toBe(isReportDate(date));
    }
  });

  it('adds no sheet beyond what a stored report can hold', () => {
    const full = { ...emptyTestEntry(), sheets: Array.from({ length: MAX_SHEETS }, () => ({})) };
    expect(canAddSheet(full)).toBe(false);
    expect(addSheet(full)).toBe(full);
    const almost = { ...full, sheets: full.sheets.slice(1) };
    expect(canAddSheet(almost)).toBe(true);
    expect(addSheet(almost).sheets).toHaveLength(MAX_SHEETS);
    expect(reportSchema.safeParse({ ...village, post: addSheet(full) }).success).toBe(true);
  });
});

describe('moving reports between browsers', () => {
  it('reads back an exported file', () => {
    expect(readReportsFile(exportReports([village], now))).toMatchObject({ ok: true, reports: [village], skipped: [] });
  });

  it('refuses a file that is not an export, and names an invalid report while keeping the others', () => {
    expect(readReportsFile('not json')).toEqual({ ok: false, problem: { kind: 'not-json' } });
    expect(readReportsFile(JSON.stringify({ format: 'vung-buoc-progress', version: 1 }))).toEqual({ ok: false, problem: { kind: 'not-reports' } });
    const broken = JSON.parse(exportReports([village, { ...village, id: 'report-2' }], now));
    broken.reports[0].headcount.female = -1;
    expect(readReportsFile(JSON.stringify(broken))).toMatchObject({ ok: true, reports: [{ id: 'report-2' }], skipped: [{ number: 1, id: 'report-1', field: 'headcount.female' }] });
  });

  it('adds new reports, updates older copies and keeps newer ones', () => {
    const record: ReportsRecord = { version: 2, reports: [village, { ...village, id: 'newer-here', updatedAt: later.toISOString() }] };
    const incoming = [
      { ...village, place: 'Bản Cốc', updatedAt: later.toISOString() },
      { ...village, id: 'newer-here', place: 'cũ' },
      { ...village, id: 'brand-new' },
      { ...village, id: 'brand-new' },
    ];
    const plan = planReportsImport(record, incoming);
    expect(plan.add.map((r) => r.id)).toEqual(['brand-new']);
    expect(plan.update.map((r) => r.id)).toEqual(['report-1']);
    expect(plan.kept).toBe(1);
    const next = applyReportsImport(record, plan);
    expect(next.reports.map((r) => [r.id, r.place])).toEqual([['report-1', 'Bản Cốc'], ['newer-here', ''], ['brand-new', '']]);
  });
});

describe('report storage', () => {
  it('saves reports under one versioned key and reads them back', () => {
    const storage = new MemoryStorage();
    const store = createReportStore({ storage, now: fixedNow });
    store.update((record) => addReport(record, village));
    expect(JSON.parse(storage.map.get(REPORTS_KEY)!)).toMatchObject({ version: 2, reports: [{ id: 'report-1' }] });
    expect(createReportStore({ storage }).load().record.reports).toEqual([village]);
  });

  it('copies unreadable data aside, never deletes it, and says so', () => {
    const storage = new MemoryStorage();
    storage.map.set(REPORTS_KEY, '{"version":1,"reports":[{"id":"abcdefgh"}]}');
    const store = createReportStore({ storage, now: fixedNow });
    const state = store.load();
    expect(state.record.reports).toEqual([]);
    const backupKey = `${REPORTS_BACKUP_PREFIX}${now.toISOString()}`;
    expect(storage.map.get(backupKey)).toBe('{"version":1,"reports":[{"id":"abcdefgh"}]}');
    expect(state.notices).toEqual([{ kind: 'recovered', backupKey, reason: 'invalid at reports.0.session', problem: 'invalid' }]);
    expect(store.backups()).toEqual([{ key: backupKey, text: '{"version":1,"reports":[{"id":"abcdefgh"}]}' }]);
  });

  it('treats a record from an unknown future version as unreadable and keeps it', () => {
    const storage = new MemoryStorage();
    storage.map.set(REPORTS_KEY, '{"version":3,"reports":[]}');
    const state = createReportStore({ storage, now: fixedNow }).load();
    expect(state.notices[0]).toMatchObject({ kind: 'recovered', reason: 'made by a newer version (3)', problem: 'newer' });
    expect([...storage.map.values()]).toContain('{"version":3,"reports":[]}');
  });

  it('leaves unreadable data untouched when there is no room for a copy, and works in this tab', () => {
    const storage = new MemoryStorage();
    storage.map.set(REPORTS_KEY, 'garbage');
    storage.full = true;
    const store = createReportStore({ storage, now: fixedNow });
    const state = store.update((record) => addReport(record, village));
    expect(storage.map.get(REPORTS_KEY)).toBe('garbage');
    expect(state.mode).toBe('memory');
    expect(state.notices.map((n) => n.kind)).toEqual(['recovered-unsaved', 'tab-only']);
    expect(store.load().record.reports).toEqual([village]);
  });

  it('keeps working in this tab when storage is full', () => {
    const storage = new MemoryStorage();
    const tab = new MemoryStorage();
    storage.full = true;
    const store = createReportStore({ storage, tabStorage: tab, now: fixedNow });
    const state = store.update((record) => addReport(record, village));
    expect(state.mode).toBe('tab');
    expect(state.notices).toEqual([{ kind: 'tab-only', reason: 'full' }]);
    expect(JSON.parse(tab.map.get(REPORTS_KEY)!).reports).toHaveLength(1);
  });

  it('keeps working in memory without any storage', () => {
    const store = createReportStore({ storage: null, now: fixedNow });
    store.update((record) => addReport(record, village));
    expect(store.load()).toMatchObject({ mode: 'memory', record: { reports: [village] } });
  });

  it('re-reads storage before each change, so another tab\'s report is not lost', () => {
    const storage = new MemoryStorage();
    const first = createReportStore({ storage });
    const second = createReportStore({ storage });
    first.update((record) => addReport(record, village));
    second.update((record) => addReport(record, { ...village, id: 'report-2' }));
    expect(first.load().record.reports.map((r) => r.id)).toEqual(['report-1', 'report-2']);
  });
});

/** A report as format 1 stored it: no trainer, no kind of place, no test edition. */
const formatOne = {
  id: 'old-report',
  session: 'hop-thon-90-phut',
  date: '2026-10-02',
  place: 'Thôn Nà Phìn',
  notes: '',
  headcount: { female: 10, male: 5, age: { under16: 0, from16to17: 0, from18to35: 15, from36to59: 0, from60: 0 } },
  pre: { method: 'tallies', sheets: [], respondents: 15, correct: { q1: 5 } },
  post: { method: 'tallies', sheets: [], respondents: 15, correct: { q1: 12 } },
  createdAt: '2026-10-02T08:00:00.000Z',
  updatedAt: '2026-10-02T08:00:00.000Z',
};

describe('reports of format 1 are upgraded, counted and marked as older', () => {
  it('upgrades one report: trainer not recorded, place "other", no test edition, and where it came from', () => {
    expect(migrateReport(formatOne, 1)).toEqual({
      ...formatOne,
      trainer: '',
      placeType: 'other',
      pre: { test: null, ...formatOne.pre },
      post: { test: null, ...formatOne.post },
      migratedFrom: 1,
    });
    expect(reportSchema.safeParse(migrateReport(formatOne, 1)).success).toBe(true);
  });

  it('reads a kept record of format 1 and saves it as format 2 with the next change', () => {
    const storage = new MemoryStorage();
    storage.map.set(REPORTS_KEY, JSON.stringify({ version: 1, reports: [formatOne] }));
    const store = createReportStore({ storage, now: fixedNow });
    const state = store.load();
    expect(state.notices).toEqual([]);
    expect(state.record).toMatchObject({ version: REPORTS_VERSION, reports: [{ id: 'old-report', trainer: '', placeType: 'other', migratedFrom: 1 }] });
    store.update((record) => changeReport(record, 'old-report', (r) => ({ ...r, trainer: 'Sở Tư pháp', placeType: 'village' }), later));
    expect(JSON.parse(storage.map.get(REPORTS_KEY)!)).toMatchObject({
      version: 2,
      reports: [{ id: 'old-report', trainer: 'Sở Tư pháp', placeType: 'village', pre: { test: null }, migratedFrom: 1 }],
    });
  });

  it('reads an exported file of format 1', () => {
    const file = JSON.stringify({ format: 'vung-buoc-session-reports', version: 1, exportedAt: now.toISOString(), reports: [formatOne] });
    const reading = readReportsFile(file);
    expect(reading).toMatchObject({ ok: true, version: 1, skipped: [], tests: [], reports: [{ id: 'old-report', migratedFrom: 1 }] });
  });

  it('refuses a record with no version instead of guessing', () => {
    expect(() => migrateReportsRecord({ reports: [] })).toThrow(ReportsMigrationError);
  });

  it('keeps the limits the screens check before saving', () => {
    expect([MAX_COUNT, MAX_SHEETS, MAX_PLACE_LENGTH, MAX_NOTES_LENGTH, MAX_TRAINER_LENGTH, LATEST_REPORT_DATE]).toEqual([100_000, 1000, 200, 4000, 120, '9999-12-31']);
  });
});

describe('a new report records who, where and which test edition', () => {
  const tests = { pre: { slug: 'hop-thon-truoc', version: 2 }, post: { slug: 'hop-thon-sau', version: 2 } };

  it('stamps the editions of the plan\'s tests and starts with the trainer of the latest report', () => {
    const first = newReport({ id: 'first-1', session: 'hop-thon-90-phut', now, tests, trainer: 'Sở LĐTBXH' });
    expect(first).toMatchObject({ trainer: 'Sở LĐTBXH', placeType: 'other', pre: { test: tests.pre }, post: { test: tests.post } });
    const record = addReport(addReport(emptyReportsRecord(), first), { ...village, id: 'older-1', trainer: 'Cũ', createdAt: '2026-01-01T00:00:00.000Z' });
    expect(lastTrainer(record)).toBe('Sở LĐTBXH');
    expect(lastTrainer(emptyReportsRecord())).toBe('');
  });

  it('exports the answer keys of the editions its reports used, and nothing else', () => {
    const report = newReport({ id: 'first-1', session: 'hop-thon-90-phut', now, tests });
    const key = (slug: string) => ({ slug, version: 2, questions: [{ id: 'q1', type: 'truefalse' as const, options: [{ id: 'fact', correct: false }, { id: 'myth', correct: true }] }] });
    const file = exportReports([report], now, [key('hop-thon-truoc'), key('hop-thon-sau'), key('tiet-hoc-truoc')]);
    const reading = readReportsFile(file);
    expect(reading.ok && reading.tests.map(testKeyId)).toEqual(['hop-thon-truoc@2', 'hop-thon-sau@2']);
    expect(JSON.parse(file)).toMatchObject({ format: 'vung-buoc-session-reports', version: 2 });
  });

  it('lists the same question types as the content schema', () => {
    expect(KEY_QUESTION_TYPES).toEqual(QUESTION_TYPES);
  });
});

describe('reading a file that is partly or wholly wrong', () => {
  it('skips and names the report that does not read, and keeps the others', () => {
    const file = JSON.parse(exportReports([village, { ...village, id: 'second-1' }], now));
    file.reports[0].headcount.female = -1;
    const reading = readReportsFile(JSON.stringify(file));
    expect(reading).toMatchObject({ ok: true, reports: [{ id: 'second-1' }], skipped: [{ number: 1, id: 'report-1', field: 'headcount.female' }] });
  });

  it('says when a file is not JSON, not a reports file, or from a newer version of the site', () => {
    expect(readReportsFile('{"format":')).toEqual({ ok: false, problem: { kind: 'not-json' } });
    expect(readReportsFile(JSON.stringify({ format: 'vung-buoc-progress', version: 1 }))).toEqual({ ok: false, problem: { kind: 'not-reports' } });
    expect(readReportsFile(JSON.stringify({ format: 'vung-buoc-session-reports', version: 9, reports: [] }))).toEqual({ ok: false, problem: { kind: 'newer', version: 9 } });
  });
});

describe('importing reports: implausible times, kept copies, replaced copies', () => {
  const withTime = (updatedAt: string) => ({ ...village, updatedAt });

  it('keeps a report dated in the future with a warning, and a later real edit still wins', () => {
    const record: ReportsRecord = { version: REPORTS_VERSION, reports: [] };
    const future = withTime('2031-01-01T00:00:00.000Z');
    const first = planReportsImport(record, [future], now);
    expect(first.futureDated).toBe(1);
    const stored = applyReportsImport(record, first);
    // The trainer fixes the report the next day on a device with the right clock.
    const fixed = withTime('2026-11-28T10:00:00.000Z');
    const second = planReportsImport(stored, [fixed], later);
    expect(second.update.map((r) => r.updatedAt)).toEqual(['2026-11-28T10:00:00.000Z']);
    expect(second.replaced.map((r) => r.updatedAt)).toEqual(['2031-01-01T00:00:00.000Z']);
  });

  it('refuses a report whose change time is not an ISO time', () => {
    const file = JSON.stringify({ ...JSON.parse(exportReports([village], now)), reports: [{ ...village, updatedAt: '27/11/2026 9h30' }] });
    const reading = readReportsFile(file);
    expect(reading.ok && reading.skipped.map((s) => s.field)).toEqual(['updatedAt']);
  });

  it('reads a copy the store kept aside, so it can be imported again through the normal import', () => {
    const kept = JSON.stringify({ version: REPORTS_VERSION, reports: [village] });
    const reading = readReportsFile(kept);
    expect(reading.ok && reading.reports.map((r) => r.id)).toEqual(['report-1']);
    expect(readReportsFile(JSON.stringify({ version: REPORTS_VERSION + 1, reports: [] }))).toEqual({ ok: false, problem: { kind: 'newer', version: REPORTS_VERSION + 1 } });
  });
});
