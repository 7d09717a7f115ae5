/**
 * Session plans and stand-alone quizzes as the pages of one locale show them (translation
 * fallback per slug), their static paths, and what the report island needs: answer keys and
 * question labels. Pages call these; the logic lives in src/lib/sessions.
 */
import type { Translate } from '../i18n/index.ts';
import { optionLetter, localizeEntries, sortByOrder, type Localized } from '../lib/sessions/plans.ts';
import { answerKey, type AnswerKey, type SessionKeys } from '../lib/sessions/report.ts';
import type { StandaloneQuiz } from '../schemas/quiz.ts';
import type { SessionData } from '../schemas/session.ts';
import { DEFAULT_LOCALE, loadContent } from './content.ts';
import { quizView } from './quiz.ts';

export type LocalizedSession = Localized<SessionData>;
export type LocalizedQuiz = Localized<StandaloneQuiz>;

/** Session plans of a locale, in order. */
export async function localizedSessions(locale: string): Promise<LocalizedSession[]> {
  const { sessions } = await loadContent();
  return sortByOrder(localizeEntries(sessions, locale, DEFAULT_LOCALE).values());
}

/** One session plan of a locale (pages are only built for slugs that exist). */
export async function localizedSession(locale: string, slug: string): Promise<LocalizedSession> {
  return (await localizedSessions(locale)).find((session) => session.slug === slug)!;
}

/** Stand-alone quizzes of a locale, by slug. */
export async function localizedQuizzes(locale: string): Promise<Map<string, LocalizedQuiz>> {
  const { quizzes } = await loadContent();
  return localizeEntries(quizzes, locale, DEFAULT_LOCALE);
}

/** A test as the report island shows it: numbered questions, option letters, the right letters. */
export interface ReportTest {
  slug: string;
  title: string;
  key: AnswerKey;
  questions: Array<{ id: string; number: number; prompt: string; multiple: boolean; optionIds: string[]; letters: string[]; rightLetters: string }>;
}

export function reportTest(quiz: LocalizedQuiz, t: Translate): ReportTest {
  const view = quizView(quiz.slug, quiz.entry.data, t);
  return {
    slug: quiz.slug,
    title: quiz.entry.data.title,
    key: answerKey(view),
    questions: view.questions.map((question, index) => ({
      id: question.id,
      number: index + 1,
      prompt: question.prompt,
      multiple: question.type === 'multiple',
      optionIds: question.options.map((option) => option.id),
      letters: question.options.map((_, i) => optionLetter(i)),
      rightLetters: question.options.map((option, i) => (option.correct ? optionLetter(i) : '')).join(''),
    })),
  };
}

/** Answer keys and titles of every session plan, so reports of other plans can be totalled too. */
export async function allSessionKeys(locale: string, t: Translate): Promise<{ keys: Record<string, SessionKeys>; titles: Record<string, string> }> {
  const sessions = await localizedSessions(locale);
  const quizzes = await localizedQuizzes(locale);
  const keyOf = (slug: string | undefined) => {
    const quiz = slug ? quizzes.get(slug) : undefined;
    return quiz ? answerKey(quizView(quiz.slug, quiz.entry.data, t)) : null;
  };
  const keys: Record<string, SessionKeys> = {};
  const titles: Record<string, string> = {};
  for (const session of sessions) {
    keys[session.slug] = { pre: keyOf(session.entry.data.preTest), post: keyOf(session.entry.data.postTest) };
    titles[session.slug] = session.entry.data.title;
  }
  return { keys, titles };
}

export { quizPaths, sessionPaths } from './content.ts';
