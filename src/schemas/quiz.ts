/**
 * Quizzes: the end-of-lesson self-check (a lesson's `quiz` field) and stand-alone tests
 * (`content/quizzes/<locale>/<slug>.yaml`, e.g. a session's pre/post test).
 * Questions and options are keyed by stable ids, never by position, so stored attempts
 * survive edits and reordering.
 */
import { z } from 'astro/zod';
import { customIssue } from '../lib/validation/problems.ts';
import { idSchema, textSchema } from './common.ts';

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'scenario'] as const;

/** One choice of a `single`, `multiple` or `scenario` question. */
export const optionSchema = z.strictObject({
  /** Stable id within the question, e.g. `a` or `goi-111`. */
  id: idSchema,
  /** What the learner reads. */
  text: textSchema,
  /** Whether choosing it is right. */
  correct: z.boolean().default(false),
  /** Why this choice is right or not — shown when the learner chose it. */
  feedback: textSchema.optional(),
});
export type QuizOption = z.infer<typeof optionSchema>;

/** A question. `truefalse` ("myth or fact") uses `answer` instead of `options`. */
export const questionSchema = z
  .strictObject({
    /** Stable id within the quiz, e.g. `q1`. */
    id: idSchema,
    /** `single` (one right choice), `multiple` (one or more), `truefalse` (myth or fact), `scenario` (a situation, feedback on every choice). */
    type: z.enum(QUESTION_TYPES),
    /** The question, or for `truefalse` the statement to judge. */
    prompt: textSchema,
    /** The situation a `scenario` question describes (invented; no real names). */
    situation: textSchema.optional(),
    /** Choices of `single`, `multiple` and `scenario` questions. */
    options: z.array(optionSchema).optional(),
    /** For `truefalse`: is the statement a `fact` or a `myth`? */
    answer: z.enum(['fact', 'myth']).optional(),
    /** For `truefalse`: feedback shown for each choice. */
    feedback: z.strictObject({ fact: textSchema.optional(), myth: textSchema.optional() }).optional(),
    /** Why the right answer is right — shown after checking, whatever was chosen. */
    explanation: textSchema,
  })
  .superRefine((question, ctx) => {
    const options = question.options ?? [];
    if (question.type === 'truefalse') {
      if (!question.answer) {
        ctx.addIssue({
          code: 'custom',
          path: ['answer'],
          params: customIssue(
            { en: 'a truefalse question needs its answer', vi: 'câu truefalse cần có đáp án' },
            { en: 'add "answer: myth" or "answer: fact"', vi: 'thêm "answer: myth" hoặc "answer: fact"' },
            false,
          ),
        });
      }
      if (question.options) {
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          params: customIssue(
            { en: 'a truefalse question has no options', vi: 'câu truefalse không có "options"' },
            { en: 'remove "options" and write "answer: myth" or "answer: fact"', vi: 'xoá "options" và viết "answer: myth" hoặc "answer: fact"' },
            false,
          ),
        });
      }
      return;
    }
    if (question.answer || question.feedback) {
      ctx.addIssue({
        code: 'custom',
        path: [question.answer ? 'answer' : 'feedback'],
        params: customIssue(
          { en: `"answer" and "feedback" belong to truefalse questions, not ${question.type}`, vi: `"answer" và "feedback" chỉ dùng cho câu truefalse, không dùng cho ${question.type}` },
          { en: 'mark the right option with "correct: true" and put feedback on each option', vi: 'đánh dấu lựa chọn đúng bằng "correct: true" và viết feedback trong từng lựa chọn' },
          false,
        ),
      });
    }
    if (options.length < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        params: customIssue(
          { en: `a ${question.type} question needs at least two options`, vi: `câu ${question.type} cần ít nhất hai lựa chọn` },
          { en: 'add options, each with an id and a text', vi: 'thêm các lựa chọn, mỗi lựa chọn có id và text' },
          false,
        ),
      });
      return;
    }
    const seen = new Set<string>();
    options.forEach((option, index) => {
      if (seen.has(option.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', index, 'id'],
          params: customIssue(
            { en: `option id "${option.id}" is used twice in question "${question.id}"`, vi: `mã lựa chọn "${option.id}" bị dùng hai lần trong câu "${question.id}"` },
            { en: 'give each option its own id (a, b, c, …)', vi: 'đặt cho mỗi lựa chọn một mã riêng (a, b, c, …)' },
            false,
          ),
        });
      }
      seen.add(option.id);
    });
    const correct = options.filter((option) => option.correct).length;
    if (correct === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        params: customIssue(
          { en: `no option is marked correct in question "${question.id}"`, vi: `câu "${question.id}" chưa có lựa chọn nào được đánh dấu đúng` },
          question.type === 'multiple'
            ? { en: 'mark each right option with "correct: true"', vi: 'đánh dấu mỗi lựa chọn đúng bằng "correct: true"' }
            : { en: 'mark exactly one option with "correct: true"', vi: 'đánh dấu đúng một lựa chọn bằng "correct: true"' },
          false,
        ),
      });
    } else if (correct > 1 && question.type !== 'multiple') {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        params: customIssue(
          { en: `a ${question.type} question has ${correct} options marked correct in question "${question.id}"`, vi: `câu ${question.type} "${question.id}" có ${correct} lựa chọn được đánh dấu đúng` },
          { en: 'keep "correct: true" on one option, or change the type to "multiple"', vi: 'chỉ giữ "correct: true" ở một lựa chọn, hoặc đổi type thành "multiple"' },
          false,
        ),
      });
    }
    if (question.type === 'scenario') {
      if (!question.situation) {
        ctx.addIssue({
          code: 'custom',
          path: ['situation'],
          params: customIssue(
            { en: `scenario question "${question.id}" needs a situation`, vi: `câu tình huống "${question.id}" cần có "situation"` },
            { en: 'add "situation:" with a short invented story', vi: 'thêm "situation:" với một câu chuyện ngắn, hư cấu' },
            false,
          ),
        });
      }
      options.forEach((option, index) => {
        if (!option.feedback) {
          ctx.addIssue({
            code: 'custom',
            path: ['options', index, 'feedback'],
            params: customIssue(
              { en: `every choice of scenario question "${question.id}" needs feedback`, vi: `mọi lựa chọn của câu tình huống "${question.id}" đều cần feedback` },
              { en: 'add "feedback:" explaining what would happen after this choice', vi: 'thêm "feedback:" giải thích điều gì xảy ra sau lựa chọn này' },
              false,
            ),
          });
        }
      });
    }
  });
export type QuizQuestion = z.infer<typeof questionSchema>;

/** Refinement shared by both quiz shapes: question ids must be unique. */
function uniqueQuestionIds(questions: ReadonlyArray<{ id: string }>, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  questions.forEach((question, index) => {
    if (seen.has(question.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['questions', index, 'id'],
        params: customIssue(
          { en: `question id "${question.id}" is used twice`, vi: `mã câu hỏi "${question.id}" bị dùng hai lần` },
          { en: 'give each question its own id (q1, q2, …); never reuse an id for a different question', vi: 'đặt cho mỗi câu một mã riêng (q1, q2, …); không dùng lại mã cũ cho câu khác' },
          false,
        ),
      });
    }
    seen.add(question.id);
  });
}

const quizFields = {
  /** Percentage needed to pass (a self-check, not an exam). */
  passMark: z.number().int().min(1).max(100).default(70),
  /** The questions, in the order they are shown. */
  questions: z.array(questionSchema).min(1),
};

/** The end-of-lesson quiz, written in the lesson's frontmatter under `quiz:`. */
export const lessonQuizSchema = z
  .strictObject(quizFields)
  .superRefine((quiz, ctx) => uniqueQuestionIds(quiz.questions, ctx));
export type LessonQuiz = z.infer<typeof lessonQuizSchema>;

/** A stand-alone quiz file (`content/quizzes/<locale>/<slug>.yaml`). */
export const standaloneQuizSchema = z
  .strictObject({
    title: textSchema,
    summary: textSchema,
    /** `pre` or `post` test of a session, or a `practice` quiz. */
    kind: z.enum(['pre', 'post', 'practice']),
    /** Edition of the test, from 1; raise it when its questions change, so reports compare like with like. */
    version: z.number().int().min(1).max(999).default(1),
    /** For a post-test: the slug of its pre-test, so the knowledge gain can be shown. */
    preTest: idSchema.optional(),
    ...quizFields,
  })
  .superRefine((quiz, ctx) => {
    uniqueQuestionIds(quiz.questions, ctx);
    if (quiz.kind === 'post' && !quiz.preTest) {
      ctx.addIssue({
        code: 'custom',
        path: ['preTest'],
        params: customIssue(
          { en: 'a post-test must name its pre-test', vi: 'bài kiểm tra sau phải ghi tên bài kiểm tra trước' },
          { en: 'add "preTest: <slug of the pre-test>"', vi: 'thêm "preTest: <slug của bài kiểm tra trước>"' },
          false,
        ),
      });
    }
    if (quiz.kind !== 'post' && quiz.preTest) {
      ctx.addIssue({
        code: 'custom',
        path: ['preTest'],
        params: customIssue(
          { en: 'only a post-test names a pre-test', vi: 'chỉ bài kiểm tra sau mới ghi "preTest"' },
          { en: 'remove "preTest", or set "kind: post"', vi: 'xoá "preTest", hoặc đặt "kind: post"' },
          false,
        ),
      });
    }
  });
export type StandaloneQuiz = z.infer<typeof standaloneQuizSchema>;
