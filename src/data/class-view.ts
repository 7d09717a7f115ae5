/**
 * Question prompts for the class view, so a teacher reads "which question was missed most" as
 * the question itself, not as `q3`. Same locale fallback as the progress index.
 */
import { loadCatalog, loadContent, DEFAULT_LOCALE } from './content.ts';

/** quiz id → question id → prompt. */
export async function questionPrompts(locale: string): Promise<Record<string, Record<string, string>>> {
  const catalog = await loadCatalog(locale);
  const { quizzes } = await loadContent();
  const out: Record<string, Record<string, string>> = {};
  for (const track of catalog.tracks) {
    for (const lesson of track.lessons) {
      const quiz = lesson.entry.data.quiz;
      if (quiz) out[lesson.slug] = Object.fromEntries(quiz.questions.map((q) => [q.id, q.prompt]));
    }
  }
  const standalone = new Map<string, (typeof quizzes)[number]>();
  for (const quiz of quizzes) if (quiz.locale === DEFAULT_LOCALE) standalone.set(quiz.slug, quiz);
  for (const quiz of quizzes) if (quiz.locale === locale) standalone.set(quiz.slug, quiz);
  for (const [slug, quiz] of standalone) out[slug] = Object.fromEntries(quiz.data.questions.map((q) => [q.id, q.prompt]));
  return out;
}
