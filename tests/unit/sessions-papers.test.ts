import { describe, expect, it } from 'vitest';
import {
  ATTENDANCE_ROWS_PER_PAGE,
  attendanceColumnsFromQuery,
  attendanceColumnsQuery,
  attendanceLayout,
  attendancePageCount,
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
