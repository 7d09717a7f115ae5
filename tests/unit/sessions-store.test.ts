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
  localIsoDate,
  newReport,
  parseCount,
  parseReportsFile,
  planReportsImport,
  readCount,
  removeSheet,
  reportsByDate,
  reportsOfSession,
  setSheetAnswer,
  setTally,
} from '../../src/lib/sessions/records.ts';
import {
  emptyReportsRecord,
  emptyTestEntry,
  MAX_COUNT,
  MAX_SHEETS,
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
      version: 1,
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
    expect(parseReportsFile(exportReports([village], now))).toEqual([village]);
  });

  it('refuses a file that is not an export, or holds an invalid report', () => {
    expect(parseReportsFile('not json')).toBeNull();
    expect(parseReportsFile(JSON.stringify({ format: 'vung-buoc-progress', version: 1 }))).toBeNull();
    const broken = JSON.parse(exportReports([village], now));
    broken.reports[0].headcount.female = -1;
    expect(parseReportsFile(JSON.stringify(broken))).toBeNull();
  });

  it('adds new reports, updates older copies and keeps newer ones', () => {
    const record: ReportsRecord = { version: 1, reports: [village, { ...village, id: 'newer-here', updatedAt: later.toISOString() }] };
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
    expect(JSON.parse(storage.map.get(REPORTS_KEY)!)).toMatchObject({ version: 1, reports: [{ id: 'report-1' }] });
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
    storage.map.set(REPORTS_KEY, '{"version":2,"reports":[]}');
    const state = createReportStore({ storage, now: fixedNow }).load();
    expect(state.notices[0]).toMatchObject({ kind: 'recovered', reason: 'made by a newer version (2)', problem: 'newer' });
    expect([...storage.map.values()]).toContain('{"version":2,"reports":[]}');
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
