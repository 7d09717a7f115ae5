/**
 * Question prompts for the class view, so a teacher reads "which question was missed most" as
 * the question itself, not as `q3`. Same locale fallback as the progress index.
 */
import { loadCatalog, localizedQuizzes } from './content.ts';

/** quiz id → question id → prompt. */
export async function questionPrompts(locale: string): Promise<Record<string, Record<string, string>>> {
  const catalog = await loadCatalog(locale);
  const out: Record<string, Record<string, string>> = {};
  for (const track of catalog.tracks) {
    for (const lesson of track.lessons) {
      const quiz = lesson.entry.data.quiz;
      if (quiz) out[lesson.slug] = Object.fromEntries(quiz.questions.map((q) => [q.id, q.prompt]));
    }
  }
  for (const [slug, { entry: quiz }] of await localizedQuizzes(locale)) out[slug] = Object.fromEntries(quiz.data.questions.map((q) => [q.id, q.prompt]));
  return out;
}
