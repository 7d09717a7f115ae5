import { describe, expect, it } from 'vitest';
import { normalizeQuiz, type QuizView } from '../../src/lib/quiz/normalize.ts';
import { scoreQuestion, scoreQuiz, verdictKey } from '../../src/lib/quiz/score.ts';
import type { LessonQuiz } from '../../src/schemas/quiz.ts';

const labels = { fact: 'Sự thật', myth: 'Ngộ nhận' };
const authored: LessonQuiz = {
  passMark: 70,
  questions: [
    { id: 'q1', type: 'single', prompt: 'Chọn một', explanation: 'Vì…', options: [
      { id: 'a', text: 'A', correct: true, feedback: 'Đúng vì…' },
      { id: 'b', text: 'B', correct: false, feedback: 'Chưa đúng vì…' },
    ] },
    { id: 'q2', type: 'multiple', prompt: 'Chọn nhiều', explanation: 'Vì…', options: [
      { id: 'a', text: 'A', correct: true, feedback: 'A đúng' },
      { id: 'b', text: 'B', correct: true, feedback: 'B đúng' },
      { id: 'c', text: 'C', correct: false, feedback: 'C sai' },
    ] },
    { id: 'q3', type: 'truefalse', prompt: 'Chỉ con gái bị mua bán.', answer: 'myth', explanation: 'Con trai cũng bị.', feedback: { myth: 'Đúng là ngộ nhận.', fact: 'Chưa đúng.' } },
    { id: 'q4', type: 'scenario', prompt: 'Làm gì?', situation: 'Lan được rủ đi.', explanation: 'Vì…', options: [
      { id: 'di', text: 'Đi thử', correct: false, feedback: 'Rủi ro.' },
      { id: 'ke', text: 'Kể với người lớn', correct: true, feedback: 'Tốt.' },
    ] },
  ],
};
const quiz: QuizView = normalizeQuiz('bai-mau', authored, labels);

describe('normalising quizzes', () => {
  it('turns a myth-or-fact question into fact/myth options with feedback', () => {
    expect(quiz.questions[2]!.options).toEqual([
      { id: 'fact', text: 'Sự thật', correct: false, feedback: 'Chưa đúng.' },
      { id: 'myth', text: 'Ngộ nhận', correct: true, feedback: 'Đúng là ngộ nhận.' },
    ]);
  });
  it('keeps the situation of a scenario question', () => {
    expect(quiz.questions[3]!.situation).toBe('Lan được rủ đi.');
  });
});

describe('scoring every question type', () => {
  it('single: right only with the right option', () => {
    expect(scoreQuestion(quiz.questions[0]!, ['a']).correct).toBe(true);
    expect(scoreQuestion(quiz.questions[0]!, ['b']).correct).toBe(false);
  });
  it('single: two choices count as one (the first)', () => {
    expect(scoreQuestion(quiz.questions[0]!, ['b', 'a'])).toMatchObject({ correct: false, chosen: ['b'] });
  });
  it('multiple: right only with all right options and no wrong one', () => {
    expect(scoreQuestion(quiz.questions[1]!, ['b', 'a']).correct).toBe(true);
    expect(scoreQuestion(quiz.questions[1]!, ['a']).correct).toBe(false);
    expect(scoreQuestion(quiz.questions[1]!, ['a', 'b', 'c']).correct).toBe(false);
  });
  it('multiple: gives the feedback of every chosen option', () => {
    expect(scoreQuestion(quiz.questions[1]!, ['a', 'c']).feedback).toEqual([
      { optionId: 'a', text: 'A đúng', correct: true },
      { optionId: 'c', text: 'C sai', correct: false },
    ]);
  });
  it('truefalse: myth or fact by id', () => {
    expect(scoreQuestion(quiz.questions[2]!, ['myth']).correct).toBe(true);
    expect(scoreQuestion(quiz.questions[2]!, ['fact']).correct).toBe(false);
  });
  it('scenario: the chosen choice\'s feedback is returned', () => {
    expect(scoreQuestion(quiz.questions[3]!, ['di'])).toMatchObject({ correct: false, feedback: [{ optionId: 'di', text: 'Rủi ro.', correct: false }], rightOptions: ['ke'] });
  });
  it('unanswered questions and unknown option ids are not right', () => {
    expect(scoreQuestion(quiz.questions[0]!, [])).toMatchObject({ correct: false, answered: false });
    expect(scoreQuestion(quiz.questions[0]!, ['zzz'])).toMatchObject({ correct: false, answered: false });
  });
});

describe('scoring a whole quiz', () => {
  it('passes at the pass mark', () => {
    const result = scoreQuiz(quiz, { q1: ['a'], q2: ['a', 'b'], q3: ['myth'], q4: ['di'] });
    expect(result).toMatchObject({ correctCount: 3, total: 4, percent: 75, passed: true });
  });
  it('rounds down, so 2 of 3 (66 %) does not pass a 67 % mark', () => {
    const small: QuizView = { ...quiz, passMark: 67, questions: quiz.questions.slice(0, 3) };
    expect(scoreQuiz(small, { q1: ['a'], q2: ['a', 'b'] })).toMatchObject({ percent: 66, passed: false });
  });
});

describe('the line after the score', () => {
  it('says a lesson quiz or practice was passed or not', () => {
    for (const kind of ['lesson', 'practice', undefined] as const) {
      expect(verdictKey({ kind }, { passed: true })).toBe('quiz.passed');
      expect(verdictKey({ kind }, { passed: false })).toBe('quiz.notPassed');
    }
  });

  it('only says a pre- or post-test is finished, passed or not', () => {
    for (const kind of ['pre', 'post'] as const) {
      for (const passed of [true, false]) expect(verdictKey({ kind }, { passed })).toBe('quiz.testDone');
    }
  });
});
