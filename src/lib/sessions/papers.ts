/**
 * The papers a session plan prints. The attendance sheet has one numbered row per expected
 * participant (the plan's group size), a fixed number of rows per A4 page so the sheets to
 * print can be counted in advance, and optional tick columns for sex and age group.
 */
import { ageGroupsFor, type SessionAudience } from './audience.ts';
import type { AgeGroup } from './schema.ts';

/** Rows on each printed page of the attendance sheet (with its heading, 25 fit one A4 page). */
export const ATTENDANCE_ROWS_PER_PAGE = 25;

/** Which columns an attendance sheet prints. */
export interface AttendanceColumns {
  /** Tick columns "women" and "men". */
  sex: boolean;
  /** Tick columns for the age groups that fit the audience, and one for any other age. */
  age: boolean;
  /** The "unit / village" column (a class of one school does not need it). */
  unit: boolean;
}

export interface AttendanceLayout {
  /** Row numbers, page by page: 1–25, 26–45 … */
  pages: number[][];
  /** The age groups with a tick column of their own; anyone else is ticked under "other ages". */
  ageColumns: AgeGroup[];
  /** What prints when the trainer changes nothing. */
  defaults: AttendanceColumns;
}

/** Pages needed for `rows` numbered rows. */
export function attendancePageCount(rows: number): number {
  return Math.max(1, Math.ceil(rows / ATTENDANCE_ROWS_PER_PAGE));
}

/** The attendance sheet of a plan: its group size in numbered rows, page by page. */
export function attendanceLayout(options: { groupSize: number; audience: SessionAudience }): AttendanceLayout {
  const rows = Math.max(1, Math.floor(options.groupSize));
  const pages = Array.from({ length: attendancePageCount(rows) }, (_, page) => {
    const first = page * ATTENDANCE_ROWS_PER_PAGE + 1;
    const last = Math.min(rows, first + ATTENDANCE_ROWS_PER_PAGE - 1);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  });
  return {
    pages,
    ageColumns: ageGroupsFor(options.audience).fitting,
    defaults: { sex: false, age: false, unit: options.audience !== 'students' },
  };
}

/**
 * The columns chosen on the page, read from its address (`?sex=1&age=1&unit=0`), so a reload
 * or a shared link prints the same sheet. Anything missing or unreadable keeps the default.
 */
export function attendanceColumnsFromQuery(search: string, defaults: AttendanceColumns): AttendanceColumns {
  const params = new URLSearchParams(search);
  const read = (name: keyof AttendanceColumns): boolean => {
    const value = params.get(name);
    return value === '1' ? true : value === '0' ? false : defaults[name];
  };
  return { sex: read('sex'), age: read('age'), unit: read('unit') };
}

/** The address query for chosen columns: only what differs from the defaults (`?sex=1`), or ''. */
export function attendanceColumnsQuery(columns: AttendanceColumns, defaults: AttendanceColumns): string {
  const params = new URLSearchParams();
  for (const name of ['sex', 'age', 'unit'] as const) {
    if (columns[name] !== defaults[name]) params.set(name, columns[name] ? '1' : '0');
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Sheets one participant gets of a lesson handout (it fits one sheet, printed on both sides). */
export const HANDOUT_SHEETS_PER_PARTICIPANT = 1;
/** Sheets one participant gets of a paper test (questions only; the key prints on its own page). */
export const TEST_SHEETS_PER_PARTICIPANT = 1;

/** What a plan needs printed, counted for its group size. */
export interface PapersToPrint {
  groupSize: number;
  /** The attendance sheet: one copy, one page per 25 rows, printed on one side. */
  attendance: { rows: number; sheets: number };
  /** Paper tests: one sheet per participant, plus one copy with the key for the facilitator. */
  tests: Array<{ which: 'pre' | 'post'; quiz: string; sheets: number }>;
  /** Each lesson the agenda uses, once, in agenda order: a handout per participant. */
  lessons: Array<{ lesson: string; handoutSheets: number }>;
  /**
   * Sheets for participants and the attendance sheet together. The facilitator's copies
   * (plan, trainer scripts, large print, keys) vary in length and are not counted.
   */
  totalSheets: number;
}

/** Every paper a session plan uses, with sheet counts for its group size. */
export function papersToPrint(plan: {
  groupSize: number;
  agenda: ReadonlyArray<{ lesson?: string | undefined }>;
  preTest?: string | undefined;
  postTest?: string | undefined;
}): PapersToPrint {
  const groupSize = Math.max(1, Math.floor(plan.groupSize));
  const attendance = { rows: groupSize, sheets: attendancePageCount(groupSize) };
  const tests = [
    ...(plan.preTest ? [{ which: 'pre' as const, quiz: plan.preTest, sheets: groupSize * TEST_SHEETS_PER_PARTICIPANT }] : []),
    ...(plan.postTest ? [{ which: 'post' as const, quiz: plan.postTest, sheets: groupSize * TEST_SHEETS_PER_PARTICIPANT }] : []),
  ];
  const slugs = [...new Set(plan.agenda.flatMap((item) => (item.lesson ? [item.lesson] : [])))];
  const lessons = slugs.map((lesson) => ({ lesson, handoutSheets: groupSize * HANDOUT_SHEETS_PER_PARTICIPANT }));
  const totalSheets =
    attendance.sheets + tests.reduce((sum, test) => sum + test.sheets, 0) + lessons.reduce((sum, lesson) => sum + lesson.handoutSheets, 0);
  return { groupSize, attendance, tests, lessons, totalSheets };
}
