import { describe, expect, it } from 'vitest';
import { agendaSlots, agendaTotal, formatClock, formatElapsed, parseClockTime, slotLabel } from '../../src/lib/sessions/agenda.ts';
import { localize as localizeEntries } from '../../src/lib/content/localize.ts';
import {
  lettersToOptionIds,
  nestHeadings,
  optionIdsToLetters,
  optionLetter,
  sessionOfQuiz,
  sortByOrder,
} from '../../src/lib/sessions/plans.ts';
import type { Entry } from '../../src/lib/content/catalog.ts';

/** The 45-minute class plan's agenda (3, 5, 12, 12, 5, 5, 3 minutes). */
const classAgenda = [3, 5, 12, 12, 5, 5, 3].map((minutes) => ({ minutes }));

describe('agenda clock times', () => {
  it('starts each row when the one before it ends', () => {
    expect(agendaSlots(classAgenda).map((slot) => [slot.start, slot.end])).toEqual([
      [0, 3], [3, 8], [8, 20], [20, 32], [32, 37], [37, 42], [42, 45],
    ]);
  });

  it('adds up the minutes of the agenda', () => {
    expect(agendaTotal(classAgenda)).toBe(45);
    expect(agendaTotal([])).toBe(0);
  });

  it('shows elapsed time as hours and minutes from 0:00', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(10)).toBe('0:10');
    expect(formatElapsed(65)).toBe('1:05');
    expect(formatElapsed(420)).toBe('7:00');
  });

  it('labels a row with elapsed time when no start time is given', () => {
    const slots = agendaSlots(classAgenda);
    expect(slotLabel(slots[0]!)).toBe('0:00–0:03');
    expect(slotLabel(slots[6]!)).toBe('0:42–0:45');
  });

  it('labels a row with the real clock from a typed start time', () => {
    const slots = agendaSlots(classAgenda);
    const eight = parseClockTime('08:00');
    expect(slotLabel(slots[0]!, eight)).toBe('08:00–08:03');
    expect(slotLabel(slots[2]!, eight)).toBe('08:08–08:20');
    expect(slotLabel(slots[6]!, eight)).toBe('08:42–08:45');
  });

  it('carries minutes into the next hour and wraps past midnight', () => {
    expect(slotLabel({ start: 50, end: 75 }, parseClockTime('13:30'))).toBe('14:20–14:45');
    expect(formatClock(23 * 60 + 50 + 40)).toBe('00:30');
  });

  it('runs a one-day training of 420 minutes from 7:30 to 14:30 without the lunch break', () => {
    const slots = agendaSlots([20, 10, 45, 15, 60, 60, 10, 45, 60, 15, 45, 10, 25].map((minutes) => ({ minutes })));
    expect(slotLabel(slots.at(-1)!, parseClockTime('7:30'))).toBe('14:05–14:30');
  });

  it('reads start times the way trainers write them', () => {
    expect(parseClockTime('08:00')).toBe(480);
    expect(parseClockTime('8:00')).toBe(480);
    expect(parseClockTime(' 8h ')).toBe(480);
    expect(parseClockTime('8h30')).toBe(510);
    expect(parseClockTime('13.45')).toBe(825);
    expect(parseClockTime('14')).toBe(840);
  });

  it('refuses what is not a time of day', () => {
    expect(parseClockTime('')).toBeNull();
    expect(parseClockTime('25:00')).toBeNull();
    expect(parseClockTime('8:75')).toBeNull();
    expect(parseClockTime('sáng')).toBeNull();
    expect(parseClockTime('8:5')).toBeNull();
  });
});

describe('session plans in one locale', () => {
  const entry = (locale: string, slug: string, order: number, extra: Record<string, string> = {}): Entry<{ order: number; title: string; preTest?: string; postTest?: string }> => ({
    locale,
    slug,
    data: { order, title: `${slug} (${locale})`, ...extra },
    body: '',
  });
  const entries = [
    entry('vi', 'hop-thon', 2, { preTest: 'hop-thon-truoc', postTest: 'hop-thon-sau' }),
    entry('vi', 'tiet-hoc', 1),
    entry('en', 'tiet-hoc', 1),
    entry('en', 'only-english', 3),
  ];

  it('uses the English plan when there is one, and the Vietnamese one otherwise', () => {
    const english = localizeEntries(entries, 'en', 'vi');
    expect(english.get('tiet-hoc')).toMatchObject({ translated: true, entry: { locale: 'en' } });
    expect(english.get('hop-thon')).toMatchObject({ translated: false, entry: { locale: 'vi' } });
  });

  it('leaves out a plan that exists only in another language', () => {
    expect(localizeEntries(entries, 'en', 'vi').has('only-english')).toBe(false);
  });

  it('counts every Vietnamese plan as translated on the Vietnamese site', () => {
    expect([...localizeEntries(entries, 'vi', 'vi').values()].every((item) => item.translated)).toBe(true);
  });

  it('lists plans in their order', () => {
    expect(sortByOrder(localizeEntries(entries, 'vi', 'vi').values()).map((item) => item.slug)).toEqual(['tiet-hoc', 'hop-thon']);
  });

  it('finds the session a pre- or post-test belongs to', () => {
    const sessions = [...localizeEntries(entries, 'vi', 'vi').values()];
    expect(sessionOfQuiz(sessions, 'hop-thon-sau')?.slug).toBe('hop-thon');
    expect(sessionOfQuiz(sessions, 'hop-thon-truoc')?.slug).toBe('hop-thon');
    expect(sessionOfQuiz(sessions, 'khac')).toBeUndefined();
  });

  it('nests facilitator notes under the page heading, never deeper than h6', () => {
    const nested = nestHeadings(
      [
        { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Chuẩn bị' }] },
        { type: 'heading', depth: 6, children: [{ type: 'text', value: 'Sâu' }] },
        { type: 'paragraph', children: [{ type: 'text', value: 'Văn bản' }] },
      ],
      1,
    );
    expect(nested.map((node) => (node.type === 'heading' ? node.depth : node.type))).toEqual([3, 6, 'paragraph']);
  });
});

describe('option letters on paper', () => {
  const ids = ['a', 'b', 'c'];

  it('prints options as A, B, C', () => {
    expect([0, 1, 2].map(optionLetter)).toEqual(['A', 'B', 'C']);
  });

  it('reads typed letters in any case and with separators', () => {
    expect(lettersToOptionIds('b', ids)).toEqual(['b']);
    expect(lettersToOptionIds('C, a', ids)).toEqual(['a', 'c']);
    expect(lettersToOptionIds('AC', ids)).toEqual(['a', 'c']);
    expect(lettersToOptionIds('', ids)).toEqual([]);
  });

  it('refuses a letter the question does not have', () => {
    expect(lettersToOptionIds('D', ids)).toBeNull();
    expect(lettersToOptionIds('1', ids)).toBeNull();
  });

  it('turns stored option ids back into letters', () => {
    expect(optionIdsToLetters(['c', 'a'], ids)).toBe('AC');
    expect(optionIdsToLetters(['myth'], ['fact', 'myth'])).toBe('B');
  });
});
