/** A module: `content/modules/<locale>/<slug>.md` groups lessons of one track, in order. */
import { z } from 'astro/zod';
import { textSchema, trackSchema, translationsSchema } from './common.ts';

export const moduleSchema = z.strictObject({
  title: textSchema,
  summary: textSchema,
  /** Title and summary in other languages (`en: { title, summary }`), shown where the body is untranslated. */
  translations: translationsSchema.optional(),
  /** `student`, `teacher`, `trainer` or `community`. */
  track: trackSchema,
  /** Position within the track, from 1. */
  order: z.number().int().min(1),
  /** What a learner can do after the whole module. */
  outcomes: z.array(textSchema).min(1),
});
export type ModuleData = z.infer<typeof moduleSchema>;
