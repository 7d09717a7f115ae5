/**
 * Session plans and stand-alone quizzes as the pages of one locale show them (translation
 * fallback per slug), what each of their pages is given, and what the report island needs:
 * answer keys and question labels. The logic lives in src/lib/sessions.
 */
import type { Translate } from '../i18n/index.ts';
import { localize, type Localized } from '../lib/content/localize.ts';
import { optionLetter, sessionOfQuiz, sortByOrder } from '../lib/sessions/plans.ts';
import { answerKey, type AnswerKey, type SessionKeys } from '../lib/sessions/report.ts';
import type { TestKey, TestStamp } from '../lib/sessions/schema.ts';
import type { StandaloneQuiz } from '../schemas/quiz.ts';
import type { SessionData } from '../schemas/session.ts';
import { DEFAULT_LOCALE, loadCatalog, loadContent, localizedQuizzes, perLocale } from './content.ts';
import { quizView } from './quiz.ts';

export type LocalizedSession = Localized<SessionData>;
export type LocalizedQuiz = Localized<StandaloneQuiz>;

/** Session plans of a locale, in order. */
export const localizedSessions = perLocale(async (locale): Promise<LocalizedSession[]> => {
  const { sessions } = await loadContent();
  return sortByOrder(localize(sessions, locale, DEFAULT_LOCALE).values());
});

export { localizedQuizzes };

/** What each page of a session plan is given. */
export interface SessionPage {
  slug: string;
  session: LocalizedSession;
  /** The plan's title (in the default language when the plan is untranslated). */
  title: string;
  /** `lang` of the plan's text where it is not the page's language. */
  contentLang: string | undefined;
  preQuiz?: LocalizedQuiz;
  postQuiz?: LocalizedQuiz;
  /** Lesson titles by slug, for the agenda's lesson links. */
  lessonTitles: Record<string, string>;
}

/** The session plans of a locale as their pages get them. */
export const sessionPages = perLocale(async (locale): Promise<SessionPage[]> => {
  const quizzes = await localizedQuizzes(locale);
  const catalog = await loadCatalog(locale);
  const lessonTitles = Object.fromEntries([...catalog.lessons].map(([slug, lesson]) => [slug, lesson.entry.data.title]));
  return (await localizedSessions(locale)).map((session) => {
    const { preTest, postTest, title } = session.entry.data;
    const preQuiz = preTest ? quizzes.get(preTest) : undefined;
    const postQuiz = postTest ? quizzes.get(postTest) : undefined;
    return {
      slug: session.slug,
      session,
      title,
      contentLang: session.translated ? undefined : session.entry.locale,
      ...(preQuiz ? { preQuiz } : {}),
      ...(postQuiz ? { postQuiz } : {}),
      lessonTitles,
    };
  });
});

/** What each page of a stand-alone quiz is given. */
export interface QuizPage {
  slug: string;
  quiz: LocalizedQuiz;
  /** `lang` of the quiz's text where it is not the page's language. */
  contentLang: string | undefined;
  /** The session whose pre- or post-test this is. */
  session?: LocalizedSession;
  /** The other test of a pre/post pair: a post-test names its pre-test; a pre-test is found through its session. */
  pairedSlug?: string;
  paired?: LocalizedQuiz;
}

/** The stand-alone quizzes of a locale as their pages get them. */
export const quizPages = perLocale(async (locale): Promise<QuizPage[]> => {
  const quizzes = await localizedQuizzes(locale);
  const sessions = await localizedSessions(locale);
  return [...quizzes.values()].map((quiz) => {
    const { data } = quiz.entry;
    const session = sessionOfQuiz(sessions, quiz.slug);
    const pairedSlug = data.kind === 'post' ? data.preTest : data.kind === 'pre' ? session?.entry.data.postTest : undefined;
    const paired = pairedSlug ? quizzes.get(pairedSlug) : undefined;
    return {
      slug: quiz.slug,
      quiz,
      contentLang: quiz.translated ? undefined : quiz.entry.locale,
      ...(session ? { session } : {}),
      ...(pairedSlug ? { pairedSlug } : {}),
      ...(paired ? { paired } : {}),
    };
  });
});

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
