/**
 * Moving progress between browsers: a JSON backup file of one profile, and imports (file or
 * progress code) that merge into the same learner's profile or add a new one — always after
 * asking, never by overwriting.
 */
import * as z from 'zod/mini';
import { slugify } from '../text/fold.ts';
import { parseJsonWith } from '../validation/parse.ts';
import { mergeProfiles } from './merge.ts';
import { profileSchema, type Profile, type ProgressRecord } from './schema.ts';

export const EXPORT_FORMAT = 'vung-buoc-progress';

const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  profile: profileSchema,
});

/** The backup file of one profile. */
export function exportProfile(profile: Profile, now: Date): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: now.toISOString(), profile }, null, 2)}\n`;
}

/** A file name without anything but ASCII letters, digits and hyphens. */
export function exportFileName(profile: Profile, now: Date): string {
  return `vung-buoc-${slugify(profile.nickname) || 'tien-do'}-${now.toISOString().slice(0, 10)}.json`;
}

/** Reads a backup file; null when it is not one. */
export function parseExportFile(text: string): Profile | null {
  return parseJsonWith(exportFileSchema, text)?.profile ?? null;
}

export type ImportPlan = { kind: 'merge'; local: Profile; incoming: Profile } | { kind: 'add'; incoming: Profile };

/** What importing `incoming` would do: merge into the same learner's profile, or add a profile. */
export function planImport(record: ProgressRecord, incoming: Profile): ImportPlan {
  const local = record.profiles.find((profile) => profile.id === incoming.id);
  return local ? { kind: 'merge', local, incoming } : { kind: 'add', incoming };
}

/** Applies an accepted plan; the imported profile becomes the active one. */
export function applyImport(record: ProgressRecord, plan: ImportPlan): ProgressRecord {
  if (plan.kind === 'merge') {
    const merged = mergeProfiles(plan.local, plan.incoming);
    return { ...record, activeProfileId: merged.id, profiles: record.profiles.map((p) => (p.id === merged.id ? merged : p)) };
  }
  return { ...record, activeProfileId: plan.incoming.id, profiles: [...record.profiles, plan.incoming] };
}

/** Profile management, as pure record edits. */
export function switchProfile(record: ProgressRecord, id: string): ProgressRecord {
  return record.profiles.some((p) => p.id === id) ? { ...record, activeProfileId: id } : record;
}

export function renameProfile(record: ProgressRecord, id: string, nickname: string): ProgressRecord {
  const clean = nickname.trim().slice(0, 40);
  if (!clean) return record;
  return { ...record, profiles: record.profiles.map((p) => (p.id === id ? { ...p, nickname: clean } : p)) };
}

export function deleteProfile(record: ProgressRecord, id: string): ProgressRecord {
  const profiles = record.profiles.filter((p) => p.id !== id);
  const activeProfileId = record.activeProfileId === id ? profiles[0]?.id : record.activeProfileId;
  return { ...record, profiles, ...(activeProfileId ? { activeProfileId } : { activeProfileId: undefined }) };
}

export function addProfile(record: ProgressRecord, profile: Profile): ProgressRecord {
  return { ...record, profiles: [...record.profiles, profile], activeProfileId: profile.id };
}
