import { describe, expect, it } from 'vitest';
import { ageGroupsFor, ageGroupsShown, countedInOtherAges } from '../../src/lib/sessions/audience.ts';
import { AGE_GROUPS } from '../../src/lib/sessions/schema.ts';

const none = { under16: 0, from16to17: 0, from18to35: 0, from36to59: 0, from60: 0 };

describe('age groups that fit a plan\'s audience', () => {
  it('shows a class the two groups under 18 first, and folds the adult groups', () => {
    expect(ageGroupsFor('students')).toEqual({ fitting: ['under16', 'from16to17'], other: ['from18to35', 'from36to59', 'from60'] });
  });

  it('shows a village meeting and a club the adult groups first, and folds the groups under 18', () => {
    for (const audience of ['community', 'club', 'teachers', 'trainers'] as const) {
      expect(ageGroupsFor(audience)).toEqual({ fitting: ['from18to35', 'from36to59', 'from60'], other: ['under16', 'from16to17'] });
    }
  });

  it('keeps every stored group on screen, split between the two lists', () => {
    for (const audience of ['students', 'community'] as const) {
      const { fitting, other } = ageGroupsFor(audience);
      expect([...fitting, ...other].sort()).toEqual([...AGE_GROUPS].sort());
    }
  });

  it('counts the people typed in the folded groups', () => {
    expect(countedInOtherAges('students', none)).toBe(0);
    expect(countedInOtherAges('students', { ...none, under16: 30, from18to35: 2 })).toBe(2);
  });

  it('lists the fitting groups and any other group somebody was counted in', () => {
    expect(ageGroupsShown('students', none)).toEqual(['under16', 'from16to17']);
    expect(ageGroupsShown('community', { ...none, from16to17: 3, from60: 4 })).toEqual(['from18to35', 'from36to59', 'from60', 'from16to17']);
  });
});
