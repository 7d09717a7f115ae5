/**
 * Which of the programme's age groups a session's audience is counted in. Every report keeps
 * all five groups (so reports add up across plans); the screen shows the groups that fit the
 * plan's audience first and folds the others under "other ages", never hiding a count.
 */
import type { SessionData } from '../../schemas/session.ts';
import { AGE_GROUPS, type AgeGroup } from './schema.ts';

export type SessionAudience = SessionData['audience'];

const UNDER_18: readonly AgeGroup[] = ['under16', 'from16to17'];
const ADULTS: readonly AgeGroup[] = ['from18to35', 'from36to59', 'from60'];

/** The age groups a plan's participants are expected in. */
const FITTING: Record<SessionAudience, readonly AgeGroup[]> = {
  students: UNDER_18,
  teachers: ADULTS,
  trainers: ADULTS,
  community: ADULTS,
  club: ADULTS,
};

export interface AgeGroupsOfAudience {
  /** Shown first, always. */
  fitting: AgeGroup[];
  /** Folded under "other ages", in the programme's order. */
  other: AgeGroup[];
}

/** The age groups that fit an audience, and the others. */
export function ageGroupsFor(audience: SessionAudience): AgeGroupsOfAudience {
  const fitting = AGE_GROUPS.filter((group) => FITTING[audience].includes(group));
  return { fitting, other: AGE_GROUPS.filter((group) => !fitting.includes(group)) };
}

/** People counted in the folded groups (the disclosure opens by itself when there are any). */
export function countedInOtherAges(audience: SessionAudience, age: Readonly<Record<AgeGroup, number>>): number {
  return ageGroupsFor(audience).other.reduce((sum, group) => sum + age[group], 0);
}

/** The groups a printed summary lists: the fitting ones, then any other group somebody was counted in. */
export function ageGroupsShown(audience: SessionAudience, age: Readonly<Record<AgeGroup, number>>): AgeGroup[] {
  const { fitting, other } = ageGroupsFor(audience);
  return [...fitting, ...other.filter((group) => age[group] > 0)];
}
