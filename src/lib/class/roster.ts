/**
 * Class edits as pure functions on the stored record: add learners from codes (merged by
 * profile id with the same rule as /progress/), name, switch, remove and delete classes.
 */
import { learnerFromCode, summarizeProfile, type ProgressSummary } from '../progress/code.ts';
import { mergeProfiles } from '../progress/merge.ts';
import type { ProgressIndex } from '../progress/rules.ts';
import type { Profile } from '../progress/schema.ts';
import type { ClassEntry, ClassesRecord, ClassLearner } from './schema.ts';

export const CLASS_NAME_MAX = 80;

/** A learner as a pasted code describes them. */
export interface IncomingLearner {
  profile: Profile;
  /** Day the code was made (YYYY-MM-DD); today for a code dated in the future. */
  madeOn: string;
  /** The code claimed a later day than tomorrow (shown as a warning). */
  futureDated?: boolean;
}

/** A decoded code, matched against this site's curriculum, as a class learner (same path as /progress/). */
export function learnerFromSummary(summary: ProgressSummary, index: ProgressIndex, now: Date = new Date()): IncomingLearner {
  return learnerFromCode(summary, index, now);
}

/**
 * A profile of this device as a class learner: it goes through the same summary a progress
 * code carries, so the class never holds the options a learner chose.
 */
export function learnerFromDeviceProfile(profile: Profile, index: ProgressIndex, now: Date): IncomingLearner {
  return learnerFromSummary(summarizeProfile(profile, index, now), index, now);
}

/** The class to show: the active one, else the first. */
export function activeClass(record: ClassesRecord): ClassEntry | undefined {
  return record.classes.find((entry) => entry.id === record.activeClassId) ?? record.classes[0];
}

/**
 * A name for a class the teacher did not name: "Lớp của tôi", then "Lớp của tôi (2)"… — never
 * "Lớp 1", which in Vietnam means first grade. Takes the first name no class has.
 */
export function defaultClassName(record: ClassesRecord, names: { first: string; numbered: (n: number) => string }): string {
  const taken = new Set(record.classes.map((entry) => entry.name.trim()));
  if (!taken.has(names.first)) return names.first;
  let n = 2;
  while (taken.has(names.numbered(n))) n += 1;
  return names.numbered(n);
}

/** Adds a new empty class and makes it the active one. */
export function createClass(record: ClassesRecord, entry: { id: string; name: string; createdAt: string }): ClassesRecord {
  const name = entry.name.trim().slice(0, CLASS_NAME_MAX);
  return { ...record, activeClassId: entry.id, classes: [...record.classes, { ...entry, name, learners: [], lessons: null }] };
}

/** Sets the lessons a class is taking; null goes back to following the class's busiest track. */
export function setClassLessons(record: ClassesRecord, id: string, lessons: readonly string[] | null): ClassesRecord {
  return { ...record, classes: record.classes.map((entry) => (entry.id === id ? { ...entry, lessons: lessons && [...new Set(lessons)] } : entry)) };
}

export function renameClass(record: ClassesRecord, id: string, name: string): ClassesRecord {
  const clean = name.trim().slice(0, CLASS_NAME_MAX);
  if (!clean) return record;
  return { ...record, classes: record.classes.map((entry) => (entry.id === id ? { ...entry, name: clean } : entry)) };
}

export function switchClass(record: ClassesRecord, id: string): ClassesRecord {
  return record.classes.some((entry) => entry.id === id) ? { ...record, activeClassId: id } : record;
}

/** Deletes a class and everything pasted into it; the next class becomes active. */
export function deleteClass(record: ClassesRecord, id: string): ClassesRecord {
  const classes = record.classes.filter((entry) => entry.id !== id);
  const { activeClassId: _previous, ...rest } = record;
  const next = record.activeClassId === id ? classes[0]?.id : record.activeClassId;
  return { ...rest, classes, ...(next ? { activeClassId: next } : {}) };
}

export function removeLearner(record: ClassesRecord, classId: string, profileId: string): ClassesRecord {
  return {
    ...record,
    classes: record.classes.map((entry) =>
      entry.id === classId ? { ...entry, learners: entry.learners.filter((learner) => learner.profile.id !== profileId) } : entry,
    ),
  };
}

/**
 * Adds learners to a class. The same learner (same profile id) is merged with `mergeProfiles`
 * — the rule of /progress/: union of lessons, every attempt kept once, so best scores only go
 * up. The nickname is the one of the newest code (a learner may have renamed their profile).
 * Two learners who share a nickname but not a profile id stay two learners.
 */
export function addLearners(
  record: ClassesRecord,
  classId: string,
  incoming: readonly IncomingLearner[],
): { record: ClassesRecord; added: number; merged: number } {
  let added = 0;
  let merged = 0;
  const classes = record.classes.map((entry) => {
    if (entry.id !== classId) return entry;
    const learners: ClassLearner[] = [...entry.learners];
    for (const { profile, madeOn } of incoming) {
      const at = learners.findIndex((learner) => learner.profile.id === profile.id);
      if (at === -1) {
        learners.push({ profile, lastCodeOn: madeOn });
        added += 1;
        continue;
      }
      const existing = learners[at]!;
      const newer = madeOn >= existing.lastCodeOn;
      learners[at] = {
        profile: { ...mergeProfiles(existing.profile, profile), nickname: newer ? profile.nickname : existing.profile.nickname },
        lastCodeOn: newer ? madeOn : existing.lastCodeOn,
      };
      merged += 1;
    }
    return { ...entry, learners };
  });
  return { record: { ...record, classes }, added, merged };
}
