/** Answer cues that let a learner who never reads pass a quiz (see `src/lib/quiz/cues.ts`). */
import type { LessonData } from '../../../../schemas/lesson.ts';
import type { LessonQuiz, StandaloneQuiz } from '../../../../schemas/quiz.ts';
import { cueFindings, quizCues, type CueFinding } from '../../../quiz/cues.ts';
import { fieldPosition, type FileCheck, type Finding, type ParsedFile, type Position } from '../model.ts';

const OPTION_LETTERS = 'abcdefghij';

/** The quiz a parsed file carries: a lesson's `quiz`, or a stand-alone quiz file. */
export function quizOf(p: ParsedFile): LessonQuiz | StandaloneQuiz | undefined {
  if (!p.valid) return undefined;
  if (p.collection === 'lessons') return (p.data as LessonData).quiz;
  if (p.collection === 'quizzes') return p.data as StandaloneQuiz;
  return undefined;
}

function cueFinding(file: string, finding: CueFinding, at: Position): Finding {
  const where = { file, field: 'questions', ...at };
  switch (finding.kind) {
    case 'longest':
      return { rule: 'cue-longest', values: { count: finding.longestRight, oneAnswer: finding.oneAnswer, allowed: finding.allowed }, ...where };
    case 'shortest':
      return { rule: 'cue-shortest', values: { count: finding.shortestRight, oneAnswer: finding.oneAnswer, allowed: finding.allowed }, ...where };
    case 'balance': {
      const more = finding.myth > finding.fact ? { en: 'myth', vi: 'ngộ nhận' } : { en: 'fact', vi: 'sự thật' };
      return { rule: 'cue-balance', values: { fact: finding.fact, myth: finding.myth, more }, ...where };
    }
    case 'all-but-one':
      return { rule: 'cue-all-but-one', values: { question: finding.questionId }, ...where, field: `questions "${finding.questionId}"` };
    case 'position': {
      const letter = OPTION_LETTERS[finding.position] ?? String(finding.position + 1);
      return { rule: 'cue-position', values: { letter, count: finding.count, oneAnswer: finding.oneAnswer }, ...where };
    }
    case 'absolute':
      return { rule: 'cue-absolute', values: { questions: finding.questionIds.join(', ') }, ...where };
  }
}

export const checkQuizCues: FileCheck = (p) => {
  const quiz = quizOf(p);
  if (!quiz) return [];
  const base = p.collection === 'lessons' ? ['quiz'] : [];
  return cueFindings(quizCues(quiz.questions, p.locale)).map((finding) => {
    const index = finding.kind === 'all-but-one' ? quiz.questions.findIndex((q) => q.id === finding.questionId) : -1;
    return cueFinding(p.file.path, finding, fieldPosition(p, index >= 0 ? [...base, 'questions', index] : [...base, 'questions']));
  });
};
