/** English UI strings: quiz. Typed against the Vietnamese table: a missing or extra key fails the type check. */
import type { Strings } from '../strings.ts';
import type { quizStrings as source } from '../vi/quiz.ts';

export const quizStrings: Strings<typeof source> = {
  'quiz.title': 'Check yourself',
  'quiz.intro': 'This is a self-check, not an exam. Try as often as you like; your best score is kept.',
  'quiz.noscript': 'You can still read the questions. To check your answers and see the explanations, the browser needs JavaScript turned on.',
  'quiz.question': 'Question {n}',
  'quiz.chooseOne': 'Choose one answer.',
  'quiz.chooseMany': 'Choose every right answer.',
  'quiz.situation': 'Situation',
  'quiz.fact': 'Fact',
  'quiz.myth': 'Myth',
  'quiz.check': 'Check my answers',
  'quiz.retry': 'Try again',
  'quiz.unanswered': 'You have not answered {n} question(s). You can still check, or answer more first.',
  'quiz.right': 'Right',
  'quiz.notYet': 'Not quite',
  'quiz.notAnswered': 'Not answered',
  'quiz.yourChoice': 'You chose',
  'quiz.rightAnswer': 'Right answer',
  'quiz.why': 'Why',
  'quiz.score': 'You got {correct} of {total} right ({percent}%).',
  'quiz.passed': 'You have completed this lesson. Well done!',
  'quiz.notPassed': 'You need {passMark}% to complete the lesson. Read the explanations and try again when you are ready.',
  'quiz.best': 'Your best score: {percent}%.',
  'quiz.saved': 'Your result is saved in this browser.',
  'quiz.savedTab': 'Your result is kept in this tab only, until you close it.',
};
