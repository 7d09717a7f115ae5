/**
 * A coordinator's programme roll-up, kept in her own browser: the session reports loaded from
 * trainers' files (merged, one copy per report), the answer keys those files carried, the
 * places she merged by hand, and which files were loaded. Validated on every read in the
 * browser, so it uses `zod/mini`. Nothing here names a participant.
 */
import * as z from 'zod/mini';
import { MAX_PLACE_LENGTH, PLACE_TYPES, REPORTS_VERSION, reportSchema, testKeySchema } from '../sessions/schema.ts';

export const ROLLUP_VERSION = 1;

/** Two spellings of one place, merged by the coordinator (both names normalised, same kind of place). */
export const placeMergeSchema = z.object({
  type: z.enum(PLACE_TYPES),
  /** The normalised name that now counts as `into`. */
  from: z.string().check(z.minLength(1), z.maxLength(MAX_PLACE_LENGTH)),
  into: z.string().check(z.minLength(1), z.maxLength(MAX_PLACE_LENGTH)),
});
export type PlaceMerge = z.infer<typeof placeMergeSchema>;

/** A file the coordinator loaded: what the figures rest on. */
export const loadedFileSchema = z.object({
  name: z.string().check(z.maxLength(255)),
  loadedAt: z.string(),
  /** Reports the file held that could be read. */
  reports: z.int().check(z.minimum(0)),
});
export type LoadedFile = z.infer<typeof loadedFileSchema>;

export const rollupRecordSchema = z.object({
  version: z.literal(ROLLUP_VERSION),
  /** Format of the reports inside (they are upgraded with the session reports' own migrations). */
  reportsFormat: z.literal(REPORTS_VERSION),
  reports: z.array(reportSchema),
  /** Answer keys of test editions, from the loaded files. */
  tests: z.array(testKeySchema),
  placeMerges: z.array(placeMergeSchema),
  /** Files loaded, oldest first. */
  files: z.array(loadedFileSchema),
});
export type RollupRecord = z.infer<typeof rollupRecordSchema>;

export function emptyRollup(): RollupRecord {
  return { version: ROLLUP_VERSION, reportsFormat: REPORTS_VERSION, reports: [], tests: [], placeMerges: [], files: [] };
}
