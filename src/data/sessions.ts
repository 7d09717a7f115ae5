/**
 * Session plans and stand-alone quizzes as the pages of one locale show them (translation
 * fallback per slug), what each of their pages is given, and what the report island needs:
 * answer keys and question labels. The logic lives in src/lib/sessions.
 */
import type { Translate } from '../i18n/index.ts';
import { localize, type Localized } from '../lib/content/localize.ts';
import { optionLetter, sessionOfQuiz, sortByOrder } from '../lib/sessions/plans.ts';
import { answerKey, type AnswerKey, type SessionKeys } from '../lib/sessions/report.ts';
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
