/**
 * The progress record kept in the browser. It is validated on every read, in the browser, so
 * it uses `zod/mini` (small). Older versions are upgraded by `migrate.ts`.
 */
import * as z from 'zod/mini';

export const PROGRESS_VERSION = 1;

/** A profile id: 8 random bytes, base64url (11 characters). */
export const PROFILE_ID = /^[A-Za-z0-9_-]{11}$/;

/** One quiz attempt. Attempts imported from a progress code carry no answers. */
export const attemptSchema = z.object({
  /** When it was checked (ISO time). */
  at: z.string(),
  /** Chosen option ids per question id (only for attempts made on this device). */
  answers: z.optional(z.record(z.string(), z.array(z.string()))),
  /** Question ids in quiz order when the attempt was made. */
  questionIds: z.array(z.string()),
  /** Ids of the questions answered right. */
  correct: z.array(z.string()),
  /** Whole percent. */
  score: z.number().check(z.minimum(0), z.maximum(100)),
  passed: z.boolean(),
  /** `import` for a summary merged from a progress code or file. */
  source: z.optional(z.enum(['device', 'import'])),
});
export type Attempt = z.infer<typeof attemptSchema>;

/** What happened with one lesson. */
export const lessonStateSchema = z.object({
  firstOpenedAt: z.optional(z.string()),
  lastOpenedAt: z.optional(z.string()),
  /** Set when the learner marked a lesson without a quiz as done. */
  markedDoneAt: z.optional(z.string()),
});
export type LessonState = z.infer<typeof lessonStateSchema>;

export const profileSchema = z.object({
  id: z.string().check(z.regex(PROFILE_ID)),
  nickname: z.string().check(z.minLength(1), z.maxLength(40)),
  createdAt: z.string(),
  lessons: z.record(z.string(), lessonStateSchema),
  attempts: z.record(z.string(), z.array(attemptSchema)),
  lastLesson: z.optional(z.object({ slug: z.string(), at: z.string() })),
});
export type Profile = z.infer<typeof profileSchema>;

export const progressRecordSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  activeProfileId: z.optional(z.string()),
  profiles: z.array(profileSchema),
});
export type ProgressRecord = z.infer<typeof progressRecordSchema>;

export function emptyRecord(): ProgressRecord {
  return { version: PROGRESS_VERSION, profiles: [] };
}
