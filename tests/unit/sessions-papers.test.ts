import { describe, expect, it } from 'vitest';
import {
  ATTENDANCE_ROWS_PER_PAGE,
  attendanceColumnsFromQuery,
  attendanceColumnsQuery,
  attendanceLayout,
  attendancePageCount,
  papersToPrint,
} from '../../src/lib/sessions/papers.ts';

describe('the attendance sheet', () => {
  it('has one numbered row per expected participant, 25 to a page', () => {
    const { pages } = attendanceLayout({ groupSize: 45, audience: 'students' });
    expect(ATTENDANCE_ROWS_PER_PAGE).toBe(25);
    expect(pages.map((rows) => [rows[0], rows.at(-1), rows.length])).toEqual([[1, 25, 25], [26, 45, 20]]);
  });

  it('fits a group of 25 on one page and a group of 30 on two', () => {
    expect(attendanceLayout({ groupSize: 25, audience: 'community' }).pages).toHaveLength(1);
    expect(attendanceLayout({ groupSize: 30, audience: 'community' }).pages.map((rows) => rows.length)).toEqual([25, 5]);
    expect([attendancePageCount(1), attendancePageCount(25), attendancePageCount(26), attendancePageCount(500)]).toEqual([1, 1, 2, 20]);
  });

  it('leaves out the unit or village column for a school class, and keeps it elsewhere', () => {
    expect(attendanceLayout({ groupSize: 45, audience: 'students' }).defaults).toEqual({ sex: false, age: false, unit: false });
    expect(attendanceLayout({ groupSize: 30, audience: 'community' }).defaults).toEqual({ sex: false, age: false, unit: true });
  });

  it('gives the age groups of the audience a tick column each', () => {
    expect(attendanceLayout({ groupSize: 45, audience: 'students' }).ageColumns).toEqual(['under16', 'from16to17']);
    expect(attendanceLayout({ groupSize: 30, audience: 'club' }).ageColumns).toEqual(['from18to35', 'from36to59', 'from60']);
  });

  it('keeps the chosen columns in the address, writing only what differs from the default', () => {
    const defaults = { sex: false, age: false, unit: true };
    expect(attendanceColumnsQuery({ sex: true, age: false, unit: false }, defaults)).toBe('?sex=1&unit=0');
    expect(attendanceColumnsQuery(defaults, defaults)).toBe('');
    expect(attendanceColumnsFromQuery('?sex=1&unit=0', defaults)).toEqual({ sex: true, age: false, unit: false });
    expect(attendanceColumnsFromQuery('?sex=yes&start=08%3A00', defaults)).toEqual(defaults);
  });
});

describe('papers to print for a plan', () => {
  const classPlan = {
    groupSize: 45,
    agenda: [{}, {}, { lesson: 'mua-ban-nguoi-la-gi' }, { lesson: 'viec-nhe-luong-cao' }, { lesson: 'viec-nhe-luong-cao' }, {}, {}],
    preTest: 'tiet-hoc-truoc',
    postTest: 'tiet-hoc-sau',
  };

  it('counts a handout and each paper test per participant, and the attendance sheet by 25 rows a page', () => {
    expect(papersToPrint(classPlan)).toEqual({
      groupSize: 45,
      attendance: { rows: 45, sheets: 2 },
      tests: [
        { which: 'pre', quiz: 'tiet-hoc-truoc', sheets: 45 },
        { which: 'post', quiz: 'tiet-hoc-sau', sheets: 45 },
      ],
      lessons: [
        { lesson: 'mua-ban-nguoi-la-gi', handoutSheets: 45 },
        { lesson: 'viec-nhe-luong-cao', handoutSheets: 45 },
      ],
      // 2 + 45 + 45 + 45 + 45
      totalSheets: 182,
    });
  });

  it('lists a lesson once however many agenda rows use it, and no test the plan does not have', () => {
    const papers = papersToPrint({ groupSize: 30, agenda: [{ lesson: 'a' }, { lesson: 'b' }, { lesson: 'a' }] });
    expect(papers.lessons.map((lesson) => lesson.lesson)).toEqual(['a', 'b']);
    expect(papers.tests).toEqual([]);
    expect(papers.attendance).toEqual({ rows: 30, sheets: 2 });
    expect(papers.totalSheets).toBe(2 + 30 + 30);
  });

  it('prints one attendance page for a group of 25 or fewer', () => {
    expect(papersToPrint({ groupSize: 25, agenda: [] })).toMatchObject({ attendance: { rows: 25, sheets: 1 }, totalSheets: 1 });
  });
});
