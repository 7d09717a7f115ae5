/**
 * Moving progress between browsers: a JSON backup file of one profile, and imports (file or
 * progress code) that merge into the same learner's profile or add a new one — always after
 * asking, never by overwriting.
 */
import * as z from 'zod/mini';
import { slugify } from '../text/fold.ts';
import { parseJsonWith } from '../validation/parse.ts';
import { mergeProfiles } from './merge.ts';
import { cleanNickname } from './nickname.ts';
import { attemptSchema, lessonStateSchema, PROFILE_ID, profileSchema, type Profile, type ProgressRecord } from './schema.ts';

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

/** What a progress file holds: its profiles, and how many unreadable items were left out. */
export interface ProgressFile {
  profiles: Profile[];
  leftOut: number;
}

/**
 * Reads any file the site gives a learner: a backup of one profile, or a copy the store kept
 * aside because it could not read it (a whole progress record). From a kept copy, every profile,
 * lesson and attempt that is still valid comes back; only the unreadable items are left out and
 * counted. Null when nothing in it is progress.
 */
export function parseProgressFile(text: string): ProgressFile | null {
  const backup = parseExportFile(text);
  if (backup) return { profiles: [backup], leftOut: 0 };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const candidates = data && typeof data === 'object' ? (data as { profiles?: unknown; profile?: unknown }) : {};
  const list = Array.isArray(candidates.profiles) ? candidates.profiles : candidates.profile ? [candidates.profile] : [];
  let leftOut = 0;
  const profiles: Profile[] = [];
  for (const item of list) {
    const result = salvageProfile(item);
    if (result.profile) profiles.push(result.profile);
    leftOut += result.leftOut;
  }
  return profiles.length > 0 ? { profiles, leftOut } : null;
}

/** Keeps what is valid of one stored profile; counts what is not. */
function salvageProfile(value: unknown): { profile?: Profile; leftOut: number } {
  const whole = profileSchema.safeParse(value);
  if (whole.success) return { profile: whole.data, leftOut: 0 };
  if (!value || typeof value !== 'object') return { leftOut: 1 };
  const raw = value as Record<string, unknown>;
  if (typeof raw.id !== 'string' || !PROFILE_ID.test(raw.id)) return { leftOut: 1 };
  let leftOut = 0;
  const lessons: Profile['lessons'] = {};
  for (const [slug, state] of Object.entries(raw.lessons && typeof raw.lessons === 'object' ? raw.lessons : {})) {
    const parsed = lessonStateSchema.safeParse(state);
    if (parsed.success) lessons[slug] = parsed.data;
    else leftOut++;
  }
  const attempts: Profile['attempts'] = {};
  for (const [quizId, list] of Object.entries(raw.attempts && typeof raw.attempts === 'object' ? raw.attempts : {})) {
    const kept = (Array.isArray(list) ? list : [list]).flatMap((attempt) => {
      const parsed = attemptSchema.safeParse(attempt);
      if (!parsed.success) leftOut++;
      return parsed.success ? [parsed.data] : [];
    });
    if (kept.length > 0) attempts[quizId] = kept;
  }
  const nickname = cleanNickname(typeof raw.nickname === 'string' ? raw.nickname : '') || `#${raw.id.slice(0, 4)}`;
  const createdAt = typeof raw.createdAt === 'string' ? raw.createdAt : new Date(0).toISOString();
  const profile = profileSchema.safeParse({ id: raw.id, nickname, createdAt, lessons, attempts });
  return profile.success ? { profile: profile.data, leftOut } : { leftOut: leftOut + 1 };
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
  const clean = cleanNickname(nickname);
  if (!clean) return record;
  return { ...record, profiles: record.profiles.map((p) => (p.id === id ? { ...p, nickname: clean } : p)) };
}

export function deleteProfile(record: ProgressRecord, id: string): ProgressRecord {
  const profiles = record.profiles.filter((p) => p.id !== id);
  const activeProfileId = record.activeProfileId === id ? profiles[0]?.id : record.activeProfileId;
  return { ...record, profiles, ...(activeProfileId ? { activeProfileId } : { activeProfileId: undefined }) };
}

export function addProfile(record: ProgressRecord, profile: Profile): ProgressRecord {
  const nickname = cleanNickname(profile.nickname) || profile.nickname;
  return { ...record, profiles: [...record.profiles, { ...profile, nickname }], activeProfileId: profile.id };
}

/** What importing these profiles would do, in the terms the page asks and answers with. */
export type ImportSummary =
  | { kind: 'several'; count: number; names: string[] }
  | { kind: 'merge'; name: string; local: string }
  | { kind: 'add'; name: string };

export function summarizeImport(record: ProgressRecord, incoming: readonly Profile[]): ImportSummary {
  if (incoming.length > 1) return { kind: 'several', count: incoming.length, names: incoming.map((p) => p.nickname) };
  const plan = planImport(record, incoming[0]!);
  return plan.kind === 'merge' ? { kind: 'merge', name: plan.incoming.nickname, local: plan.local.nickname } : { kind: 'add', name: plan.incoming.nickname };
}

/** Applies every profile's import in turn (merge or add); the last one becomes active. */
export function applyImports(record: ProgressRecord, incoming: readonly Profile[]): ProgressRecord {
  return incoming.reduce((next, profile) => applyImport(next, planImport(next, profile)), record);
}
