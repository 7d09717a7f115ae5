/**
 * A teacher's classes, kept in the teacher's own browser. Validated on every read in the
 * browser, so it uses `zod/mini` (small). Each learner is what their progress codes carried,
 * merged — never the options a learner chose (codes do not carry them).
 */
import * as z from 'zod/mini';
import { profileSchema } from '../progress/schema.ts';

export const CLASSES_VERSION = 1;

/** One learner of a class. */
export const classLearnerSchema = z.object({
  /** Progress merged from every code of this learner (same profile id) pasted so far. */
  profile: profileSchema,
  /** Day the newest pasted code was made (YYYY-MM-DD): how fresh the row is. */
  lastCodeOn: z.string(),
});
export type ClassLearner = z.infer<typeof classLearnerSchema>;

export const classSchema = z.object({
  /** Random id (base64url). */
  id: z.string().check(z.minLength(1)),
  /** The teacher's name for it ("7A — học kỳ 1"). */
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  createdAt: z.string(),
  learners: z.array(classLearnerSchema),
  /**
   * Lesson slugs the class is taking, as the teacher chose them; null until she chooses, when
   * the class follows the track its learners work in most. Classes stored before this field
   * existed read as null.
   */
  lessons: z._default(z.nullable(z.array(z.string())), null),
});
export type ClassEntry = z.infer<typeof classSchema>;

export const classesRecordSchema = z.object({
  version: z.literal(CLASSES_VERSION),
  /** The class shown when the page opens. */
  activeClassId: z.optional(z.string()),
  classes: z.array(classSchema),
});
export type ClassesRecord = z.infer<typeof classesRecordSchema>;

export function emptyClasses(): ClassesRecord {
  return { version: CLASSES_VERSION, classes: [] };
}
