/**
 * The self-check quiz island. Server-rendered as a plain form (readable without JavaScript);
 * once hydrated it scores with src/lib/quiz, stores every attempt with src/lib/progress, and
 * explains every answer. Non-punitive: retry any time, the best score is kept.
 */
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { interpolate } from '../i18n/index.ts';
import type { QuizView } from '../lib/quiz/normalize.ts';
import { scoreQuiz, type QuizAnswers, type QuizResult } from '../lib/quiz/score.ts';
import { bestAttempt, recordAttempt } from '../lib/progress/rules.ts';
import { activeProfile, loadProgress, onProgressChange, updateActiveProfile } from '../scripts/progress-client.ts';

/** UI strings the quiz needs (keys of the `quiz.*` table without the prefix). */
export type QuizStrings = Record<
  | 'title' | 'intro' | 'noscript' | 'question' | 'chooseOne' | 'chooseMany' | 'situation' | 'check' | 'retry'
  | 'unanswered' | 'right' | 'notYet' | 'notAnswered' | 'yourChoice' | 'rightAnswer' | 'why' | 'score' | 'passed'
  | 'notPassed' | 'best' | 'saved' | 'savedTab',
  string
>;

interface Props {
  quiz: QuizView;
  strings: QuizStrings;
  /** Heading level of the quiz title (2 on a lesson page, 1 on a stand-alone quiz page). */
  headingLevel?: 1 | 2;
  title?: string;
}

export default function Quiz({ quiz, strings, headingLevel = 2, title }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [answers, setAnswers] = useState<QuizAnswers>({});
  const [result, setResult] = useState<QuizResult | null>(null);
  const [best, setBest] = useState<number | null>(null);
  const [savedMode, setSavedMode] = useState<'device' | 'tab' | 'memory'>('device');
  const [status, setStatus] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const uid = useId();

  useEffect(() => {
    setHydrated(true);
    const show = (state: ReturnType<typeof loadProgress>) => {
      const profile = activeProfile(state.record);
      setBest(bestAttempt(profile?.attempts[quiz.id])?.score ?? null);
      setSavedMode(state.mode);
    };
    show(loadProgress());
    return onProgressChange(show);
  }, [quiz.id]);

  const choose = (questionId: string, optionId: string, multiple: boolean, checked: boolean) => {
    setAnswers((current) => {
      const previous = current[questionId] ?? [];
      const next = multiple ? (checked ? [...previous, optionId] : previous.filter((id) => id !== optionId)) : [optionId];
      return { ...current, [questionId]: next };
    });
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const scored = scoreQuiz(quiz, answers);
    setResult(scored);
    const unanswered = scored.questions.filter((q) => !q.answered).length;
    const state = updateActiveProfile((profile) =>
      recordAttempt(profile, quiz.id, {
        at: new Date().toISOString(),
        answers: Object.fromEntries(scored.questions.map((q) => [q.id, q.chosen])),
        questionIds: quiz.questions.map((q) => q.id),
        correct: scored.questions.filter((q) => q.correct).map((q) => q.id),
        score: scored.percent,
        passed: scored.passed,
        source: 'device',
      }),
    );
    const bestScore = bestAttempt(activeProfile(state.record)?.attempts[quiz.id])?.score ?? scored.percent;
    setBest(bestScore);
    setSavedMode(state.mode);
    const parts = [
      interpolate(strings.score, { correct: scored.correctCount, total: scored.total, percent: scored.percent }),
      scored.passed ? strings.passed : interpolate(strings.notPassed, { passMark: quiz.passMark }),
      unanswered > 0 ? interpolate(strings.unanswered, { n: unanswered }) : '',
    ];
    setStatus(parts.filter(Boolean).join(' '));
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const retry = () => {
    setAnswers({});
    setResult(null);
    setStatus('');
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLInputElement>('input')?.focus());
  };

  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const headingId = `${uid}-title`;

  return (
    <section className="quiz" aria-labelledby={headingId} data-quiz={quiz.id} data-hydrated={hydrated ? 'true' : undefined}>
      <Heading id={headingId}>{title ?? strings.title}</Heading>
      <p>{strings.intro}</p>
      {!hydrated && <p className="quiz-noscript">{strings.noscript}</p>}
      <form ref={formRef} onSubmit={submit} noValidate>
        {quiz.questions.map((question, index) => {
          const multiple = question.type === 'multiple';
          const questionResult = result?.questions.find((q) => q.id === question.id);
          const chosen = answers[question.id] ?? [];
          return (
            <fieldset key={question.id} className="quiz-question" data-question={question.id} disabled={Boolean(result)}>
              <legend>
                <span className="quiz-number">{interpolate(strings.question, { n: index + 1 })}. </span>
                {question.prompt}
              </legend>
              {question.situation && (
                <p className="quiz-situation">
                  <strong>{strings.situation}:</strong> {question.situation}
                </p>
              )}
              <p className="quiz-hint">{multiple ? strings.chooseMany : strings.chooseOne}</p>
              <ul className="quiz-options">
                {question.options.map((option) => {
                  const inputId = `${uid}-${question.id}-${option.id}`;
                  const isRight = questionResult && option.correct;
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
                        {isRight && <span className="quiz-tag"> — {strings.rightAnswer}</span>}
                      </label>
                    </li>
                  );
                })}
              </ul>
              {questionResult && (
                <div className={`quiz-feedback ${questionResult.correct ? 'is-right' : 'is-not-yet'}`} data-result={questionResult.correct ? 'right' : 'not-yet'}>
                  <p className="quiz-verdict">
                    <strong>
                      {questionResult.correct ? `✓ ${strings.right}` : questionResult.answered ? `✗ ${strings.notYet}` : strings.notAnswered}
                    </strong>
                  </p>
                  {questionResult.feedback.map((item) => (
                    <p key={item.optionId} className="quiz-option-feedback">
                      <strong>{strings.yourChoice}:</strong> {question.options.find((o) => o.id === item.optionId)?.text} — {item.text}
                    </p>
                  ))}
                  <p className="quiz-explanation">
                    <strong>{strings.why}:</strong> {question.explanation}
                  </p>
                </div>
              )}
            </fieldset>
          );
        })}
        <div className="quiz-actions">
          {!result && (
            <button type="submit" disabled={!hydrated}>
              {strings.check}
            </button>
          )}
        </div>
      </form>
      <div className="quiz-summary" ref={summaryRef} tabIndex={-1} hidden={!result}>
        {result && (
          <>
            <p className="quiz-score">{status}</p>
            {best !== null && <p>{interpolate(strings.best, { percent: best })}</p>}
            <p className="quiz-saved">{savedMode === 'device' ? strings.saved : strings.savedTab}</p>
            <button type="button" onClick={retry}>
              {strings.retry}
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
