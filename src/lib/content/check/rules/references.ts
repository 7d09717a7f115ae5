/** References between files: modules, lessons in an agenda, pre- and post-tests. */
import type { LessonData } from '../../../../schemas/lesson.ts';
import type { StandaloneQuiz } from '../../../../schemas/quiz.ts';
import type { SessionData } from '../../../../schemas/session.ts';
import { fieldPosition, type FileCheck, type Finding, type ParsedFile, type RuleContext } from '../model.ts';

function lessonReferences(p: ParsedFile, { options, known }: RuleContext): Finding[] {
  const data = p.data as LessonData;
  const findings: Finding[] = [];
  if (!known.modules.get(data.module)?.has(options.defaultLocale)) {
    const existing = [...known.modules.keys()].sort().join(', ');
    const modules = existing || { en: '(none yet)', vi: '(chưa có)' };
    findings.push({ rule: 'module-unknown', values: { module: data.module, locale: options.defaultLocale, modules }, file: p.file.path, field: 'module', ...fieldPosition(p, ['module']) });
  }
  if (p.locale === options.defaultLocale && known.quizzes.has(p.slug) && data.quiz) {
    findings.push({ rule: 'quiz-id-taken', values: { slug: p.slug, locale: p.locale }, file: p.file.path, field: 'quiz', ...fieldPosition(p, ['quiz']) });
  }
  return findings;
}

function sessionReferences(p: ParsedFile, { options, known, find }: RuleContext): Finding[] {
  const data = p.data as SessionData;
  const findings: Finding[] = [];
  const file = p.file.path;
  data.agenda.forEach((item, index) => {
    if (item.lesson && !known.lessons.has(item.lesson)) {
      findings.push({ rule: 'agenda-lesson-unknown', values: { lesson: item.lesson }, file, field: `agenda[${index}].lesson`, ...fieldPosition(p, ['agenda', index, 'lesson']) });
    }
  });
  for (const field of ['preTest', 'postTest'] as const) {
    const slug = data[field];
    if (!slug) continue;
    const quiz = find('quizzes', p.locale, slug) ?? find('quizzes', options.defaultLocale, slug);
    const at = { file, field, ...fieldPosition(p, [field]) };
    if (!quiz) {
      findings.push({ rule: 'session-quiz-missing', values: { slug, locale: options.defaultLocale }, ...at });
    } else if (quiz.valid) {
      const kind = (quiz.data as StandaloneQuiz).kind;
      const wanted = field === 'preTest' ? 'pre' : 'post';
      if (kind !== wanted) findings.push({ rule: 'session-quiz-kind', values: { slug, kind, wanted, field }, ...at });
    }
  }
  const total = data.agenda.reduce((sum, item) => sum + item.minutes, 0);
  if (total !== data.duration) {
    findings.push({ rule: 'agenda-minutes', values: { total, duration: data.duration }, file, field: 'agenda', ...fieldPosition(p, ['agenda']) });
  }
  return findings;
}

function quizReferences(p: ParsedFile, { options, find }: RuleContext): Finding[] {
  const { preTest } = p.data as StandaloneQuiz;
  if (!preTest || find('quizzes', p.locale, preTest) || find('quizzes', options.defaultLocale, preTest)) return [];
  return [{ rule: 'pretest-missing', values: { slug: preTest }, file: p.file.path, field: 'preTest', ...fieldPosition(p, ['preTest']) }];
}

export const checkReferences: FileCheck = (parsed, ctx) => {
  if (!parsed.valid) return [];
  if (parsed.collection === 'lessons') return lessonReferences(parsed, ctx);
  if (parsed.collection === 'sessions') return sessionReferences(parsed, ctx);
  if (parsed.collection === 'quizzes') return quizReferences(parsed, ctx);
  return [];
};
