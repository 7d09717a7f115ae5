/**
 * Session plans and stand-alone quizzes as the pages of one locale show them (translation
 * fallback per slug), their static paths, and what the report island needs: answer keys and
 * question labels. Pages call these; the logic lives in src/lib/sessions.
 */
import type { Translate } from '../i18n/index.ts';
import { optionLetter, localizeEntries, sortByOrder, type Localized } from '../lib/sessions/plans.ts';
import { answerKey, type AnswerKey, type SessionKeys } from '../lib/sessions/report.ts';
import type { TestKey, TestStamp } from '../lib/sessions/schema.ts';
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
  /** Edition of the test (its YAML `version`), stamped on every new report. */
  version: number;
  title: string;
  key: AnswerKey;
  questions: Array<{ id: string; number: number; prompt: string; multiple: boolean; optionIds: string[]; letters: string[]; rightLetters: string }>;
}

export function reportTest(quiz: LocalizedQuiz, t: Translate): ReportTest {
  const view = quizView(quiz.slug, quiz.entry.data, t);
  return {
    slug: quiz.slug,
    version: quiz.entry.data.version,
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

/** A session plan as report pages need it: its title and the current editions of its tests. */
export interface PlanTests {
  slug: string;
  title: string;
  pre: TestStamp | null;
  post: TestStamp | null;
}

/** A test edition with its answer key and question prompts (numbered as on the paper). */
export interface TestEdition extends TestKey {
  title: string;
  prompts: Record<string, { number: number; prompt: string }>;
}

/**
 * Answer keys and titles of every session plan, so reports of other plans can be totalled too;
 * the plans with their tests' editions; and every test edition this build has.
 */
export async function allSessionKeys(
  locale: string,
  t: Translate,
): Promise<{ keys: Record<string, SessionKeys>; titles: Record<string, string>; plans: PlanTests[]; tests: TestEdition[] }> {
  const sessions = await localizedSessions(locale);
  const quizzes = await localizedQuizzes(locale);
  const editions = new Map<string, TestEdition>();
  const editionOf = (slug: string | undefined): TestEdition | null => {
    const quiz = slug ? quizzes.get(slug) : undefined;
    if (!quiz) return null;
    if (!editions.has(quiz.slug)) {
      const view = quizView(quiz.slug, quiz.entry.data, t);
      editions.set(quiz.slug, {
        slug: quiz.slug,
        version: quiz.entry.data.version,
        title: quiz.entry.data.title,
        questions: answerKey(view).questions,
        prompts: Object.fromEntries(view.questions.map((question, index) => [question.id, { number: index + 1, prompt: question.prompt }])),
      });
    }
    return editions.get(quiz.slug)!;
  };
  const stamp = (edition: TestEdition | null): TestStamp | null => (edition ? { slug: edition.slug, version: edition.version } : null);
  const keys: Record<string, SessionKeys> = {};
  const titles: Record<string, string> = {};
  const plans: PlanTests[] = [];
  for (const session of sessions) {
    const pre = editionOf(session.entry.data.preTest);
    const post = editionOf(session.entry.data.postTest);
    keys[session.slug] = { pre: pre && { questions: pre.questions }, post: post && { questions: post.questions } };
    titles[session.slug] = session.entry.data.title;
    plans.push({ slug: session.slug, title: session.entry.data.title, pre: stamp(pre), post: stamp(post) });
  }
  return { keys, titles, plans, tests: [...editions.values()] };
}

export { quizPaths, sessionPaths } from './content.ts';
