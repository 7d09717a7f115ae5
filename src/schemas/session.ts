/**
 * A trainer's session plan: `content/sessions/<locale>/<slug>.md`. The body holds the
 * facilitator notes.
 */
import { z } from 'astro/zod';
import { idSchema, textSchema, translationsSchema } from './common.ts';

export const SESSION_AUDIENCES = ['students', 'teachers', 'community', 'club', 'trainers'] as const;

/** One row of the agenda. */
export const agendaItemSchema = z.strictObject({
  /** How long this part takes. */
  minutes: z.number().int().min(1).max(480),
  /** What happens, in a few words. */
  activity: textSchema,
  /** How: discussion, role play, slides, game … */
  method: textSchema.optional(),
  /** Slug of a lesson whose slides or handout this part uses. */
  lesson: idSchema.optional(),
});

export const sessionSchema = z.strictObject({
  title: textSchema,
  summary: textSchema,
  /** Title and summary in other languages (`en: { title, summary }`), shown where the body is untranslated. */
  translations: translationsSchema.optional(),
  /** Who the session is for. */
  audience: z.enum(SESSION_AUDIENCES),
  /** Where it takes place and what is available (a classroom with a projector, a village hall without power …). */
  setting: textSchema,
  /** How many people the plan expects (a school class: 45); the attendance sheet has this many rows. */
  groupSize: z.number().int().min(1).max(500).default(30),
  /** Total length in minutes. */
  duration: z.number().int().min(10).max(600),
  /** Position in the list of sessions. */
  order: z.number().int().min(1),
  /** What participants will be able to do. */
  objectives: z.array(textSchema).min(1),
  agenda: z.array(agendaItemSchema).min(1),
  /** What to prepare and bring. */
  materials: z.array(textSchema).min(1),
  /** Slug of the stand-alone pre-test in `content/quizzes/`. */
  preTest: idSchema.optional(),
  /** Slug of the stand-alone post-test. */
  postTest: idSchema.optional(),
  /** What to record and report afterwards (the programmes count these). */
  report: z.array(textSchema).min(1),
});
export type SessionData = z.infer<typeof sessionSchema>;
