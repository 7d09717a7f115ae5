/**
 * Content collections: everything in the top-level `content/` folder, validated by the zod
 * schemas in `src/schemas/`. The content check integration (astro.config.mjs) runs the same
 * schemas first, so a mistake fails the build with file, line, field and fix.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson.ts';
import { moduleSchema } from './schemas/module.ts';
import { standaloneQuizSchema } from './schemas/quiz.ts';
import { sessionSchema } from './schemas/session.ts';

/** The content folder (see src/cli/content-files.ts): `content/` unless VUNG_BUOC_CONTENT says otherwise. */
const CONTENT = process.env.VUNG_BUOC_CONTENT ?? './content';

export const collections = {
  lessons: defineCollection({
    loader: glob({ pattern: '*/*.md', base: `${CONTENT}/lessons` }),
    schema: lessonSchema,
  }),
  modules: defineCollection({
    loader: glob({ pattern: '*/*.md', base: `${CONTENT}/modules` }),
    schema: moduleSchema,
  }),
  sessions: defineCollection({
    loader: glob({ pattern: '*/*.md', base: `${CONTENT}/sessions` }),
    schema: sessionSchema,
  }),
  quizzes: defineCollection({
    loader: glob({ pattern: '*/*.yaml', base: `${CONTENT}/quizzes` }),
    schema: standaloneQuizSchema,
  }),
};
