/**
 * Quizzes as the content files define them, so browser tests answer right or wrong by reading
 * the same source the site is built from — a rewrite of a lesson's quiz never breaks a journey.
 */
import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { parseDocument } from 'yaml';

interface Option { id: string; text: string; correct?: boolean; feedback?: string }
export interface Question { id: string; type: string; prompt: string; answer?: 'fact' | 'myth'; options?: Option[]; feedback?: { fact?: string; myth?: string }; explanation: string }
export interface QuizFile { passMark?: number; questions: Question[] }

/** The quiz of a lesson (`lessons/<locale>/<slug>.md`) or a stand-alone quiz (`quizzes/<locale>/<slug>.yaml`). */
export function quizOf(slug: string, kind: 'lesson' | 'quiz' = 'lesson', locale = 'vi'): QuizFile {
  if (kind === 'quiz') return parseDocument(readFileSync(`content/quizzes/${locale}/${slug}.yaml`, 'utf8')).toJS() as QuizFile;
  return (matter(readFileSync(`content/lessons/${locale}/${slug}.md`, 'utf8')).data as { quiz: QuizFile }).quiz;
}

/** Option ids to choose for a right answer, per question. */
export function rightAnswers(quiz: QuizFile): Record<string, string[]> {
  return Object.fromEntries(
    quiz.questions.map((q) => [q.id, q.type === 'truefalse' ? [q.answer!] : (q.options ?? []).filter((o) => o.correct).map((o) => o.id)]),
  );
}

/** One wrong choice for a question (a single option id). */
export function wrongAnswer(question: Question): string {
  if (question.type === 'truefalse') return question.answer === 'fact' ? 'myth' : 'fact';
  return (question.options ?? []).find((o) => !o.correct)!.id;
}

/** The feedback a learner sees after choosing `optionId`. */
export function feedbackFor(question: Question, optionId: string): string {
  if (question.type === 'truefalse') return question.feedback?.[optionId as 'fact' | 'myth'] ?? '';
  return question.options?.find((o) => o.id === optionId)?.feedback ?? '';
}
