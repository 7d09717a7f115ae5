import { describe, expect, it } from 'vitest';
import { cueFindings, guesserScore, hasAbsoluteWord, passingGuesses, quizCues, rightIsLongest, totalCues } from '../../src/lib/quiz/cues.ts';
import type { QuizQuestion } from '../../src/schemas/quiz.ts';

const single = (id: string, texts: string[], right: number): QuizQuestion => ({
  id,
  type: 'single',
  prompt: 'Câu hỏi?',
  explanation: 'Vì sao.',
  options: texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text, correct: i === right })),
});
const tf = (id: string, answer: 'fact' | 'myth'): QuizQuestion => ({ id, type: 'truefalse', prompt: 'Nhận định.', answer, explanation: 'Vì sao.' });
const multiple = (id: string, texts: string[], right: number[]): QuizQuestion => ({
  id,
  type: 'multiple',
  prompt: 'Chọn mọi đáp án đúng.',
  explanation: 'Vì sao.',
  options: texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text, correct: right.includes(i) })),
});

describe('answer cues', () => {
  it('sees the right option as longest when no other option is longer, ties included', () => {
    expect(rightIsLongest(single('q1', ['ngắn', 'dài hơn nhiều'], 1))).toBe(true);
    expect(rightIsLongest(single('q1', ['bằng', 'bằng'], 0))).toBe(true);
    expect(rightIsLongest(single('q1', ['ngắn', 'dài hơn nhiều'], 0))).toBe(false);
  });

  it('counts Vietnamese letters, not bytes or combining marks', () => {
    // "người" written decomposed (NFD) must not look longer than the same word composed.
    expect(rightIsLongest(single('q1', ['người'.normalize('NFD'), 'người'], 1))).toBe(true);
  });

  it('reports a quiz whose right option is usually the longest, with the number allowed', () => {
    const questions = [
      single('q1', ['a', 'bbbbbbbb', 'c'], 1),
      single('q2', ['aaaaaaa', 'b', 'c'], 0),
      single('q3', ['a', 'b', 'cccccc'], 2),
    ];
    expect(cueFindings(quizCues(questions, 'vi'))).toEqual([{ kind: 'longest', longestRight: 3, oneAnswer: 3, allowed: 1 }]);
  });

  it('reports the opposite cue too: the right option usually the shortest', () => {
    const questions = [
      single('q1', ['a', 'bbbbbbbb', 'cccccc'], 0),
      single('q2', ['aaaaaaa', 'b', 'cccccc'], 1),
      single('q3', ['aaaaa', 'bbbbbbb', 'c'], 2),
    ];
    expect(cueFindings(quizCues(questions, 'vi'))).toContainEqual({ kind: 'shortest', shortestRight: 3, oneAnswer: 3, allowed: 1 });
    expect(passingGuesses(questions, 70)).toContainEqual({ oneAnswer: 'shortest', truefalse: 'myth', multiple: 'all-but-shortest' });
  });

  it('reports true/false items that are nearly all myths, and accepts a balanced set', () => {
    expect(cueFindings(quizCues([tf('a', 'myth'), tf('b', 'myth'), tf('c', 'myth')], 'vi'))).toEqual([{ kind: 'balance', fact: 0, myth: 3 }]);
    expect(cueFindings(quizCues([tf('a', 'myth'), tf('b', 'fact'), tf('c', 'myth')], 'vi'))).toEqual([]);
  });

  it('reports a multiple-answer question where all options but one are right, not one with two of four', () => {
    const allButOne = multiple('q1', ['một', 'hai', 'ba', 'bốn'], [0, 1, 2]);
    const twoOfFour = multiple('q2', ['một', 'hai', 'ba', 'bốn'], [0, 2]);
    expect(cueFindings(quizCues([allButOne, twoOfFour], 'vi'))).toEqual([{ kind: 'all-but-one', questionId: 'q1' }]);
  });

  it('reports the right option always in the same place', () => {
    const questions = ['q1', 'q2', 'q3', 'q4'].map((id) => single(id, ['dài dài dài', 'ngắn', 'vừa vừa'], 1));
    expect(cueFindings(quizCues(questions, 'vi'))).toContainEqual({ kind: 'position', position: 1, count: 4, oneAnswer: 4 });
  });

  it('reports absolute words that only ever mark wrong options', () => {
    const questions = [
      single('q1', ['Chỉ con gái mới bị lừa', 'Ai cũng có thể bị lừa'], 1),
      single('q2', ['Gọi 111', 'Không bao giờ kể với ai'], 0),
    ];
    expect(cueFindings(quizCues(questions, 'vi'))).toContainEqual({ kind: 'absolute', questionIds: ['q1', 'q2'] });
  });

  it('does not take "địa chỉ" (address) or "chỉ dẫn" (directions) for an absolute word', () => {
    expect(hasAbsoluteWord('Hỏi địa chỉ công ty', 'vi')).toBe(false);
    expect(hasAbsoluteWord('Làm theo chỉ dẫn của cô giáo', 'vi')).toBe(false);
    expect(hasAbsoluteWord('Chỉ cần có hộ chiếu là an toàn', 'vi')).toBe(true);
    expect(hasAbsoluteWord('Họ luôn giữ lời hứa', 'vi')).toBe(true);
    expect(hasAbsoluteWord('It only happens abroad', 'en')).toBe(true);
  });
});

describe('a learner who never reads', () => {
  const cued = [
    single('q1', ['Không', 'Có, vì đây là dấu hiệu lừa đảo rất rõ', 'Chưa chắc'], 1),
    single('q2', ['Gọi 111 ngay và kể với người lớn em tin', 'Im lặng', 'Đi theo'], 0),
    tf('q3', 'myth'),
    tf('q4', 'myth'),
    multiple('q5', ['một', 'hai hai', 'ba ba ba', 'bốn bốn'], [1, 2, 3]),
  ];
  const measured = [
    single('q1', ['Hỏi lại mẹ trước', 'Đi luôn kẻo lỡ', 'Gửi ảnh hộ chiếu cho họ'], 0),
    single('q2', ['Tin vì có giấy tờ', 'Nhờ người nhà kiểm tra', 'Gọi 111 hỏi'], 2),
    tf('q3', 'myth'),
    tf('q4', 'fact'),
    multiple('q5', ['một một', 'hai hai', 'ba ba', 'bốn bốn'], [0, 2]),
  ];

  it('passes a quiz full of cues by picking the longest option and "myth"', () => {
    expect(guesserScore(cued, 70, { oneAnswer: 'longest', truefalse: 'myth', multiple: 'all-but-shortest' })).toEqual({ percent: 100, passed: true });
    expect(passingGuesses(cued, 70).length).toBeGreaterThan(0);
  });

  it('fails a quiz that measures, whatever fixed strategy it follows', () => {
    expect(passingGuesses(measured, 70)).toEqual([]);
  });

  it('adds cues over many quizzes and names the ones a non-reader passes', () => {
    const totals = totalCues([
      { id: 'cued', locale: 'vi', questions: cued, passMark: 70 },
      { id: 'measured', locale: 'vi', questions: measured, passMark: 70 },
    ]);
    expect(totals).toMatchObject({ quizzes: 2, oneAnswer: 4, longestRight: 2, shortestRight: 1, fact: 1, myth: 3, multiple: 2, allButOne: 1, guessable: ['cued'] });
  });
});
