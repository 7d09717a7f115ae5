/**
 * The self-check quiz island. Server-rendered as a plain form (readable without JavaScript);
 * once hydrated it scores with src/lib/quiz, stores every attempt with src/lib/progress, and
 * explains every answer. Non-punitive: retry any time, the best score is kept.
 *
 * On a slow phone the island starts seconds after the form is visible: options ticked before
 * then are read from the page when it starts, so nothing the learner did is undone.
 */
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import type { NamespaceKey } from '../i18n/index.ts';
import { translatorFor } from '../i18n/translate.ts';
import { attemptFromResult, answersFromInputs, unansweredIds } from '../lib/quiz/attempt.ts';
import type { QuizView } from '../lib/quiz/normalize.ts';
import { optionOrder } from '../lib/quiz/order.ts';
import { scoreQuiz, verdictKey, type QuizAnswers, type QuizResult } from '../lib/quiz/score.ts';
import { bestAttempt, recordAttempt, showsFeedback } from '../lib/progress/rules.ts';
import { activeProfile, loadProgress, onProgressChange, updateActiveProfile } from '../scripts/progress-client.ts';

/** The `quiz.*` strings. */
export type QuizStrings = Record<NamespaceKey<'quiz'>, string>;

interface Props {
  quiz: QuizView;
  strings: QuizStrings;
  /** The language of `strings`. */
  locale: string;
  /** Heading level of the quiz title (2 on a lesson page, 1 on a stand-alone quiz page). */
  headingLevel?: 1 | 2;
  title?: string;
}

/** What the learner ticked before the island started (the server-rendered form, as it is now). */
function tickedBeforeStart(quizId: string): QuizAnswers {
  if (typeof document === 'undefined') return {};
  const section = document.querySelector(`section[data-quiz="${CSS.escape(quizId)}"]`);
  return section ? answersFromInputs([...section.querySelectorAll<HTMLInputElement>('fieldset[data-question] input')]) : {};
}

export default function Quiz({ quiz, strings, locale, headingLevel = 2, title }: Props) {
  const s = translatorFor(strings, locale);
  const [hydrated, setHydrated] = useState(false);
  const [answers, setAnswers] = useState<QuizAnswers>(() => tickedBeforeStart(quiz.id));
  const [result, setResult] = useState<QuizResult | null>(null);
  const [round, setRound] = useState(1);
  const [order, setOrder] = useState(() => optionOrder(quiz.questions, 1, Math.random));
  const [blankAsk, setBlankAsk] = useState(0);
  const [best, setBest] = useState<number | null>(null);
  const [feedbackOpen, setFeedbackOpen] = useState(!quiz.feedbackAfter);
  const [saved, setSaved] = useState<'device' | 'tab' | 'memory' | 'refused'>('device');
  const [status, setStatus] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const askRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const uid = useId();

  useEffect(() => {
    setHydrated(true);
    const show = (state: ReturnType<typeof loadProgress>) => {
      const profile = activeProfile(state.record);
      setBest(bestAttempt(profile?.attempts[quiz.id])?.score ?? null);
      setFeedbackOpen(showsFeedback(profile, quiz.feedbackAfter));
    };
    show(loadProgress());
    return onProgressChange(show);
  }, [quiz.id, quiz.feedbackAfter]);

  const choose = (questionId: string, optionId: string, multiple: boolean, checked: boolean) => {
    setBlankAsk(0);
    setAnswers((current) => {
      const previous = current[questionId] ?? [];
      const next = multiple ? (checked ? [...previous, optionId] : previous.filter((id) => id !== optionId)) : [optionId];
      return { ...current, [questionId]: next };
    });
  };

  const focusQuestion = (questionId: string) =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLInputElement>(`fieldset[data-question="${CSS.escape(questionId)}"] input`)?.focus());

  const mark = () => {
    setBlankAsk(0);
    const scored = scoreQuiz(quiz, answers);
    setResult(scored);
    const state = updateActiveProfile((profile) => recordAttempt(profile, quiz.id, attemptFromResult(quiz, scored, new Date())));
    const profile = activeProfile(state.record);
    setBest(bestAttempt(profile?.attempts[quiz.id])?.score ?? scored.percent);
    setSaved(state.saved ? state.mode : 'refused');
    const parts = [
      s('quiz.score', { correct: scored.correctCount, total: scored.total, percent: scored.percent }),
      s(verdictKey(quiz, scored), { passMark: quiz.passMark }),
    ];
    setStatus(parts.join(' '));
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const blank = unansweredIds(quiz, answers);
    if (blank.length > 0 && blankAsk === 0) {
      setBlankAsk(blank.length);
      // The submit button gives way to the question: keep the keyboard focus on it.
      requestAnimationFrame(() => askRef.current?.querySelector('button')?.focus());
      return;
    }
    mark();
  };

  const backToAnswering = () => {
    const first = unansweredIds(quiz, answers)[0];
    setBlankAsk(0);
    if (first) focusQuestion(first);
  };

  const retry = () => {
    const next = round + 1;
    setRound(next);
    setOrder(optionOrder(quiz.questions, next, Math.random));
    setAnswers({});
    setResult(null);
    setStatus('');
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLInputElement>('input')?.focus());
  };

  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const headingId = `${uid}-title`;
  const showFeedback = Boolean(result) && feedbackOpen;

  return (
    <section className="quiz" aria-labelledby={headingId} data-quiz={quiz.id} data-hydrated={hydrated ? 'true' : undefined} data-round={round}>
      <Heading id={headingId}>{title ?? s('quiz.title')}</Heading>
      <p>{s('quiz.intro')}</p>
      {!hydrated && <p className="quiz-noscript">{s('quiz.noscript')}</p>}
      {round > 1 && !result && <p className="quiz-hint" data-shuffled>{s('quiz.shuffled')}</p>}
      <form ref={formRef} onSubmit={submit} noValidate>
        {quiz.questions.map((question, index) => {
          const multiple = question.type === 'multiple';
          const questionResult = result?.questions.find((q) => q.id === question.id);
          const chosen = answers[question.id] ?? [];
          const options = (order[question.id] ?? []).map((id) => question.options.find((o) => o.id === id)!);
          return (
            <fieldset key={question.id} className="quiz-question" data-question={question.id} disabled={Boolean(result)}>
              <legend>
                <span className="quiz-number">{s('quiz.question', { n: index + 1 })}. </span>
                {question.prompt}
              </legend>
              {question.situation && (
                <p className="quiz-situation">
                  <strong>{s('quiz.situation')}:</strong> {question.situation}
                </p>
              )}
              <p className="quiz-hint">{multiple ? s('quiz.chooseMany') : s('quiz.chooseOne')}</p>
              <ul className="quiz-options">
                {options.map((option) => {
                  const inputId = `${uid}-${question.id}-${option.id}`;
                  const isRight = showFeedback && questionResult && option.correct;
                  return (
                    <li key={option.id} className={isRight ? 'is-right-option' : undefined}>
                      <input
                        type={multiple ? 'checkbox' : 'radio'}
                        id={inputId}
                        name={`${quiz.id}-${question.id}`}
                        value={option.id}
                        checked={chosen.includes(option.id)}
                        onChange={(event) => choose(question.id, option.id, multiple, event.currentTarget.checked)}
                      />
                      <label htmlFor={inputId}>
                        {option.text}
                        {isRight && <span className="quiz-tag"> — {s('quiz.rightAnswer')}</span>}
                      </label>
                    </li>
                  );
                })}
              </ul>
              {questionResult && showFeedback && (
                <div className={`quiz-feedback ${questionResult.correct ? 'is-right' : 'is-not-yet'}`} data-result={questionResult.correct ? 'right' : 'not-yet'}>
                  <p className="quiz-verdict">
                    <strong>
                      {questionResult.correct ? `✓ ${s('quiz.right')}` : questionResult.answered ? `✗ ${s('quiz.notYet')}` : s('quiz.notAnswered')}
                    </strong>
                  </p>
                  {questionResult.feedback.map((item) => (
                    <p key={item.optionId} className="quiz-option-feedback">
                      <strong>{s('quiz.yourChoice')}:</strong> {question.options.find((o) => o.id === item.optionId)?.text} — {item.text}
                    </p>
                  ))}
                  <p className="quiz-explanation">
                    <strong>{s('quiz.why')}:</strong> {question.explanation}
                  </p>
                </div>
              )}
            </fieldset>
          );
        })}
        {blankAsk > 0 && !result && (
          <div className="quiz-blank-ask" role="alert" data-blank-ask ref={askRef}>
            <p>{s('quiz.blankAsk', { n: blankAsk })}</p>
            <button type="button" onClick={backToAnswering}>{s('quiz.blankBack')}</button>{' '}
            <button type="button" className="button--quiet" onClick={mark}>{s('quiz.blankMark')}</button>
          </div>
        )}
        <div className="quiz-actions">
          {!result && blankAsk === 0 && (
            <button type="submit" disabled={!hydrated}>
              {s('quiz.check')}
            </button>
          )}
        </div>
      </form>
      <div className="quiz-summary" ref={summaryRef} tabIndex={-1} hidden={!result}>
        {result && (
          <>
            <p className="quiz-score">{status}</p>
            {!feedbackOpen && <p className="quiz-feedback-later" data-feedback-later>{s('quiz.feedbackLater')}</p>}
            {best !== null && <p>{s('quiz.best', { percent: best })}</p>}
            <p className="quiz-saved" data-saved={saved}>
              {saved === 'refused' ? s('quiz.notSaved') : saved === 'device' ? s('quiz.saved') : s('quiz.savedTab')}
            </p>
            <button type="button" onClick={retry}>
              {s('quiz.retry')}
            </button>
          </>
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
