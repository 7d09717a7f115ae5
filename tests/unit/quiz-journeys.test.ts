import { describe, expect, it } from 'vitest';
import { answersFromInputs, attemptFromResult, unansweredIds } from '../../src/lib/quiz/attempt.ts';
import type { QuizView } from '../../src/lib/quiz/normalize.ts';
import { optionOrder, shuffled } from '../../src/lib/quiz/order.ts';
import { scoreQuiz } from '../../src/lib/quiz/score.ts';
import { continueLesson, countedAttempt, knowledgeGains, showsFeedback, type ProgressIndex } from '../../src/lib/progress/rules.ts';
import type { Attempt, Profile } from '../../src/lib/progress/schema.ts';

const quiz: QuizView = {
  id: 'bai',
  passMark: 70,
  questions: [
    { id: 'q1', type: 'single', prompt: 'P', explanation: 'E', options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id, correct: id === 'b' })) },
    { id: 'q2', type: 'truefalse', prompt: 'P', explanation: 'E', options: [{ id: 'fact', text: 'Sự thật', correct: false }, { id: 'myth', text: 'Ngộ nhận', correct: true }] },
  ],
};

/** A seeded random source, so shuffles are repeatable in tests. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('option order', () => {
  it('keeps the authored order on the first attempt, so the page does not move while it starts', () => {
    expect(optionOrder(quiz.questions, 1, seeded(1))).toEqual({ q1: ['a', 'b', 'c', 'd'], q2: ['fact', 'myth'] });
  });

  it('shuffles every question on a retry, never giving the authored order back', () => {
    for (let seed = 1; seed < 50; seed++) {
      const order = optionOrder(quiz.questions, 2, seeded(seed));
      expect(order.q1!.slice().sort()).toEqual(['a', 'b', 'c', 'd']);
      expect(order.q1).not.toEqual(['a', 'b', 'c', 'd']);
      expect(order.q2).toEqual(['myth', 'fact']);
    }
  });

  it('puts the right option in every place over many retries (no fixed place to remember)', () => {
    const places = new Set<number>();
    const random = seeded(7);
    for (let i = 0; i < 40; i++) places.add(optionOrder(quiz.questions, 2, random).q1!.indexOf('b'));
    expect([...places].sort()).toEqual([0, 1, 2, 3]);
    expect(shuffled([1], random)).toEqual([1]);
  });
});

describe('answers ticked before the quiz started', () => {
  const input = (question: string, value: string, checked: boolean) => ({
    checked,
    value,
    closest: () => ({ getAttribute: () => question }),
  });

  it('are read from the form, per question', () => {
    expect(answersFromInputs([input('q1', 'a', false), input('q1', 'b', true), input('q2', 'myth', true)])).toEqual({ q1: ['b'], q2: ['myth'] });
  });

  it('leave nothing when nothing was ticked', () => {
    expect(answersFromInputs([input('q1', 'a', false)])).toEqual({});
  });
});

describe('marking', () => {
  it('names the questions still blank, in order', () => {
    expect(unansweredIds(quiz, { q2: ['myth'] })).toEqual(['q1']);
    expect(unansweredIds(quiz, { q1: [], q2: [] })).toEqual(['q1', 'q2']);
  });

  it('stores the attempt with answers, right questions and score', () => {
    const result = scoreQuiz(quiz, { q1: ['b'], q2: ['fact'] });
    expect(attemptFromResult(quiz, result, new Date('2026-12-03T08:00:00Z'))).toEqual({
      at: '2026-12-03T08:00:00.000Z',
      answers: { q1: ['b'], q2: ['fact'] },
      questionIds: ['q1', 'q2'],
      correct: ['q1'],
      score: 50,
      passed: false,
      source: 'device',
    });
  });
});

const attempt = (score: number, at: string): Attempt => ({ at, questionIds: [], correct: [], score, passed: score >= 70 });
const profile = (attempts: Profile['attempts'], lastLesson?: string): Profile => ({
  id: 'AAAAAAAAAAA',
  nickname: 'Lan',
  createdAt: '2026-11-01T00:00:00.000Z',
  lessons: {},
  attempts,
  ...(lastLesson ? { lastLesson: { slug: lastLesson, at: '2026-12-01T00:00:00.000Z' } } : {}),
});

describe('pre-tests measure, they do not teach', () => {
  const index: ProgressIndex = {
    lessons: [],
    quizzes: {
      pre: { passMark: 70, questionIds: ['q1'], kind: 'pre' },
      post: { passMark: 70, questionIds: ['q1'], kind: 'post', preTest: 'pre' },
    },
  };

  it('count only the first pre-test attempt toward the gain, not a later retake', () => {
    const learner = profile({ pre: [attempt(20, '2026-12-01T08:00:00Z'), attempt(100, '2026-12-01T09:30:00Z')], post: [attempt(80, '2026-12-01T09:00:00Z')] });
    expect(countedAttempt(learner.attempts.pre, 'pre')?.score).toBe(20);
    expect(countedAttempt(learner.attempts.post, 'post')?.score).toBe(80);
    expect(knowledgeGains(learner, index)).toEqual([{ pre: 'pre', post: 'post', preScore: 20, postScore: 80, gain: 60 }]);
  });

  it('show no feedback until the post-test has been taken', () => {
    expect(showsFeedback(profile({ pre: [attempt(20, 'x')] }), 'post')).toBe(false);
    expect(showsFeedback(profile({ pre: [attempt(20, 'x')], post: [attempt(10, 'y')] }), 'post')).toBe(true);
    expect(showsFeedback(undefined, undefined)).toBe(true);
  });
});

describe('"Học tiếp" (continue)', () => {
  const index: ProgressIndex = {
    lessons: [
      { slug: 'a', track: 'student', hasQuiz: true },
      { slug: 'b', track: 'student', hasQuiz: true },
      { slug: 'c', track: 'student', hasQuiz: true },
      { slug: 't', track: 'teacher', hasQuiz: true },
    ],
    quizzes: {},
  };

  it('stays on the last lesson opened while it is not done', () => {
    expect(continueLesson(profile({}, 'b'), index)).toBe('b');
  });

  it('moves to the next lesson of the track not done yet once the last one is done', () => {
    expect(continueLesson(profile({ b: [attempt(100, 'x')] }, 'b'), index)).toBe('c');
    expect(continueLesson(profile({ b: [attempt(100, 'x')], c: [attempt(100, 'x')] }, 'b'), index)).toBe('a');
  });

  it('offers nothing when the whole track is done', () => {
    const all = { a: [attempt(100, 'x')], b: [attempt(100, 'x')], c: [attempt(100, 'x')] };
    expect(continueLesson(profile(all, 'c'), index)).toBeUndefined();
  });
});
