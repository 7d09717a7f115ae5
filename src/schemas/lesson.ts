/**
 * A lesson: `content/lessons/<locale>/<slug>.md`. Frontmatter below; the body is Markdown with
 * `##` sections (each becomes a slide) and the directives :::tip :::warning :::hotline
 * :::scenario and :::notes (speaker notes, never shown to learners).
 */
import { z } from 'astro/zod';
import { lessonQuizSchema } from './quiz.ts';
import { ageBandSchema, idSchema, isoDateSchema, sourceSchema, textSchema, translationsSchema } from './common.ts';

export const lessonSchema = z.strictObject({
  /** Title, in the lesson's language. */
  title: textSchema,
  /** One or two sentences: what the learner will be able to do. */
  summary: textSchema,
  /** Title and summary in other languages (`en: { title, summary }`), shown where the body is untranslated. */
  translations: translationsSchema.optional(),
  /** Slug of the module this lesson belongs to (same locale). */
  module: idSchema,
  /** Position within the module, from 1. */
  order: z.number().int().min(1),
  /** Reading time in minutes. */
  duration: z.number().int().min(1).max(180),
  /** Youngest age the lesson is written for: `11+`, `13+`, `15+` or `adult`. */
  ageBand: ageBandSchema,
  /** What the learner will be able to do afterwards. */
  objectives: z.array(textSchema).min(1),
  /** Three to five points to remember (shown at the end and on the closing slide). */
  keyPoints: z.array(textSchema).min(1),
  /** Extra words people might search for (synonyms, local terms). */
  keywords: z.array(textSchema).default([]),
  /** A warning shown before a lesson that describes exploitation, with a link that skips the section. */
  contentWarning: z
    .strictObject({
      /** What the lesson describes, said gently. */
      text: textSchema,
      /** The `##` heading of the section the learner may skip; without it the link skips the whole body. */
      section: textSchema.optional(),
    })
    .optional(),
  /** Where the facts come from (content guide: every fact cites one). */
  sources: z.array(sourceSchema).min(1),
  /** When the lesson was last checked against its sources. */
  reviewed: isoDateSchema,
  /** The end-of-lesson quiz. A lesson with a quiz is done when the quiz is passed. */
  quiz: lessonQuizSchema.optional(),
});
export type LessonData = z.infer<typeof lessonSchema>;
