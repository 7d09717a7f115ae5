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

export const collections = {
  lessons: defineCollection({
    loader: glob({ pattern: '*/*.md', base: './content/lessons' }),
    schema: lessonSchema,
  }),
  modules: defineCollection({
    loader: glob({ pattern: '*/*.md', base: './content/modules' }),
    schema: moduleSchema,
  }),
  sessions: defineCollection({
    loader: glob({ pattern: '*/*.md', base: './content/sessions' }),
    schema: sessionSchema,
  }),
  quizzes: defineCollection({
    loader: glob({ pattern: '*/*.yaml', base: './content/quizzes' }),
    schema: standaloneQuizSchema,
  }),
};
