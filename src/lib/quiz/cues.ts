/**
 * Answer cues: what lets a learner who never read the lesson pass its quiz. A quiz measures
 * only when the right option is not the longest, not always in the same place, not the only one
 * without "always"/"only", true/false items are not nearly all myths, and a multiple-answer
 * question is not "tick everything but one". Pure: questions in, counts and findings out.
 */
import type { QuizQuestion } from '../../schemas/quiz.ts';
import { scoreQuiz, type QuizAnswers } from './score.ts';
import { normalizeQuestion, type QuizQuestionView } from './normalize.ts';

/** Absolute words that careful-sounding wrong options tend to carry, per content locale. */
const ABSOLUTES: Record<string, RegExp> = {
  vi: /(?<![\p{L}\p{N}])(?:luôn(?: luôn)?|không bao giờ|tất cả|hoàn toàn|chắc chắn|(?<!địa )chỉ(?! (?:dẫn|huy|tiêu|số|đạo|định|ra|thị|trỏ|tay|báo|rõ|điểm|thấy)(?![\p{L}\p{N}])))(?![\p{L}\p{N}])/iu,
  en: /\b(?:always|never|only|all|every|completely|certainly)\b/i,
};

/** True when the text carries an absolute word ("chỉ", "luôn", "không bao giờ" / "only", "always", "never"). */
export function hasAbsoluteWord(text: string, locale: string): boolean {
  return (ABSOLUTES[locale] ?? ABSOLUTES.en!).test(text.normalize('NFC'));
}

const visibleLength = (text: string) => [...text.normalize('NFC').trim()].length;

/** One-answer questions: `single` and `scenario`. */
const isOneAnswer = (q: QuizQuestion) => (q.type === 'single' || q.type === 'scenario') && (q.options?.length ?? 0) >= 2;

/** True when the right option of a one-answer question is at least as long as every other. */
export function rightIsLongest(question: QuizQuestion): boolean {
  return rightIsExtreme(question, (right, other) => other <= right);
}

/** True when the right option of a one-answer question is at most as long as every other. */
export function rightIsShortest(question: QuizQuestion): boolean {
  return rightIsExtreme(question, (right, other) => other >= right);
}

function rightIsExtreme(question: QuizQuestion, holds: (right: number, other: number) => boolean): boolean {
  const options = question.options ?? [];
  const right = options.find((o) => o.correct);
  if (!right) return false;
  const length = visibleLength(right.text);
  return options.every((o) => o === right || holds(length, visibleLength(o.text)));
}

/** Per-quiz cue counts. */
export interface QuizCues {
  /** `single` and `scenario` questions. */
  oneAnswer: number;
  /** …of which the right option is the longest (ties count: the eye cannot tell them apart). */
  longestRight: number;
  /** …of which the right option is the shortest (the opposite cue, after an over-correction). */
  shortestRight: number;
  /** How many one-answer questions have their right option at each position (0-based). */
  rightPositions: number[];
  fact: number;
  myth: number;
  multiple: number;
  /** Multiple-answer questions where every option, or every option but one, is right. */
  allButOne: string[];
  /** Questions where an absolute word appears only in wrong options. */
  absoluteOnlyWrong: string[];
  /** Questions where an absolute word appears in a right option. */
  absoluteInRight: number;
}

export function quizCues(questions: readonly QuizQuestion[], locale: string): QuizCues {
  const cues: QuizCues = {
    oneAnswer: 0, longestRight: 0, shortestRight: 0, rightPositions: [], fact: 0, myth: 0, multiple: 0,
    allButOne: [], absoluteOnlyWrong: [], absoluteInRight: 0,
  };
  for (const question of questions) {
    const options = question.options ?? [];
    if (question.type === 'truefalse') {
      if (question.answer === 'fact') cues.fact++;
      if (question.answer === 'myth') cues.myth++;
      continue;
    }
    if (isOneAnswer(question)) {
      cues.oneAnswer++;
      if (rightIsLongest(question)) cues.longestRight++;
      if (rightIsShortest(question)) cues.shortestRight++;
      const position = options.findIndex((o) => o.correct);
      if (position >= 0) cues.rightPositions[position] = (cues.rightPositions[position] ?? 0) + 1;
    }
    if (question.type === 'multiple') {
      cues.multiple++;
      const right = options.filter((o) => o.correct).length;
      if (options.length >= 3 && right >= options.length - 1) cues.allButOne.push(question.id);
    }
    const absoluteRight = options.some((o) => o.correct && hasAbsoluteWord(o.text, locale));
    const absoluteWrong = options.some((o) => !o.correct && hasAbsoluteWord(o.text, locale));
    if (absoluteRight) cues.absoluteInRight++;
    else if (absoluteWrong) cues.absoluteOnlyWrong.push(question.id);
  }
  return cues;
}

/** What is wrong with a quiz's cues, as findings a content check reports. */
export type CueFinding =
  | { kind: 'longest'; longestRight: number; oneAnswer: number; allowed: number }
  | { kind: 'shortest'; shortestRight: number; oneAnswer: number; allowed: number }
  | { kind: 'balance'; fact: number; myth: number }
  | { kind: 'all-but-one'; questionId: string }
  | { kind: 'position'; position: number; count: number; oneAnswer: number }
  | { kind: 'absolute'; questionIds: string[] };

/** How many one-answer questions of `n` may have the longest option right: about a third. */
export const allowedLongest = (n: number) => Math.max(1, Math.round(n / 3));
/** How many may have the shortest option right: about half (short right answers are natural, a rule of them is not). */
export const allowedShortest = (n: number) => Math.max(1, Math.floor(n / 2));

export function cueFindings(cues: QuizCues): CueFinding[] {
  const findings: CueFinding[] = [];
  const allowed = allowedLongest(cues.oneAnswer);
  if (cues.oneAnswer >= 2 && cues.longestRight > allowed) {
    findings.push({ kind: 'longest', longestRight: cues.longestRight, oneAnswer: cues.oneAnswer, allowed });
  }
  const allowedShort = allowedShortest(cues.oneAnswer);
  if (cues.oneAnswer >= 3 && cues.shortestRight > allowedShort) {
    findings.push({ kind: 'shortest', shortestRight: cues.shortestRight, oneAnswer: cues.oneAnswer, allowed: allowedShort });
  }
  const truefalse = cues.fact + cues.myth;
  if (truefalse >= 2 && Math.abs(cues.fact - cues.myth) > Math.max(1, Math.floor(truefalse / 4))) {
    findings.push({ kind: 'balance', fact: cues.fact, myth: cues.myth });
  }
  for (const questionId of cues.allButOne) findings.push({ kind: 'all-but-one', questionId });
  if (cues.oneAnswer >= 4) {
    const positions = Array.from(cues.rightPositions, (n) => n ?? 0);
    const count = Math.max(...positions);
    if (count > cues.oneAnswer * 0.6) {
      findings.push({ kind: 'position', position: positions.indexOf(count), count, oneAnswer: cues.oneAnswer });
    }
  }
  if (cues.absoluteOnlyWrong.length >= 2 && cues.absoluteInRight === 0) {
    findings.push({ kind: 'absolute', questionIds: cues.absoluteOnlyWrong });
  }
  return findings;
}

/** A learner who does not read: how they pick in each kind of question. */
export interface GuessStrategy {
  /** One-answer questions: the longest or shortest option, or always the option at this position. */
  oneAnswer: 'longest' | 'shortest' | number;
  /** True/false: always the same verdict. */
  truefalse: 'fact' | 'myth';
  /** Multiple answers: every option but the shortest. */
  multiple: 'all-but-shortest';
}

/** Every strategy the cue rule guards against. */
export const GUESS_STRATEGIES: readonly GuessStrategy[] = (['myth', 'fact'] as const).flatMap((truefalse) =>
  (['longest', 'shortest', 0, 1, 2, 3] as const).map((oneAnswer) => ({ oneAnswer, truefalse, multiple: 'all-but-shortest' as const })),
);

function guess(question: QuizQuestionView, strategy: GuessStrategy): string[] {
  const options = question.options;
  if (question.type === 'truefalse') return [strategy.truefalse];
  if (question.type === 'multiple') {
    if (options.length < 2) return options.map((o) => o.id);
    const shortest = options.reduce((a, b) => (visibleLength(b.text) < visibleLength(a.text) ? b : a));
    return options.filter((o) => o !== shortest).map((o) => o.id);
  }
  if (strategy.oneAnswer === 'longest') {
    const longest = options.reduce((a, b) => (visibleLength(b.text) > visibleLength(a.text) ? b : a));
    return [longest.id];
  }
  if (strategy.oneAnswer === 'shortest') {
    const shortest = options.reduce((a, b) => (visibleLength(b.text) < visibleLength(a.text) ? b : a));
    return [shortest.id];
  }
  const option = options[Math.min(strategy.oneAnswer, options.length - 1)];
  return option ? [option.id] : [];
}

/** The percent a non-reader following `strategy` scores, and whether that passes. */
export function guesserScore(
  questions: readonly QuizQuestion[],
  passMark: number,
  strategy: GuessStrategy,
): { percent: number; passed: boolean } {
  const views = questions.map((q) => normalizeQuestion(q, { fact: 'fact', myth: 'myth' }));
  const answers: QuizAnswers = Object.fromEntries(views.map((q) => [q.id, guess(q, strategy)]));
  const result = scoreQuiz({ id: 'guess', passMark, questions: views }, answers);
  return { percent: result.percent, passed: result.passed };
}

/** The strategies that pass this quiz without reading (none, for a quiz that measures). */
export function passingGuesses(questions: readonly QuizQuestion[], passMark: number): GuessStrategy[] {
  return GUESS_STRATEGIES.filter((strategy) => guesserScore(questions, passMark, strategy).passed);
}

/** Cue counts summed over many quizzes, with how many a non-reader passes. */
export interface CueTotals extends Omit<QuizCues, 'allButOne' | 'absoluteOnlyWrong'> {
  quizzes: number;
  allButOne: number;
  absoluteOnlyWrong: number;
  /** Quizzes that at least one guessing strategy passes. */
  guessable: string[];
}

export function totalCues(quizzes: ReadonlyArray<{ id: string; locale: string; questions: readonly QuizQuestion[]; passMark: number }>): CueTotals {
  const totals: CueTotals = {
    quizzes: 0, oneAnswer: 0, longestRight: 0, shortestRight: 0, rightPositions: [], fact: 0, myth: 0, multiple: 0,
    allButOne: 0, absoluteOnlyWrong: 0, absoluteInRight: 0, guessable: [],
  };
  for (const quiz of quizzes) {
    const cues = quizCues(quiz.questions, quiz.locale);
    totals.quizzes++;
    totals.oneAnswer += cues.oneAnswer;
    totals.longestRight += cues.longestRight;
    totals.shortestRight += cues.shortestRight;
    Array.from(cues.rightPositions, (n) => n ?? 0).forEach((n, i) => (totals.rightPositions[i] = (totals.rightPositions[i] ?? 0) + n));
    totals.fact += cues.fact;
    totals.myth += cues.myth;
    totals.multiple += cues.multiple;
    totals.allButOne += cues.allButOne.length;
    totals.absoluteOnlyWrong += cues.absoluteOnlyWrong.length;
    totals.absoluteInRight += cues.absoluteInRight;
    if (passingGuesses(quiz.questions, quiz.passMark).length > 0) totals.guessable.push(quiz.id);
  }
  return totals;
}
