/**
 * Translations mirror the default language: same slug, same module, same quiz ids (stored
 * progress is keyed by them); content not yet translated is a warning, as the site falls back.
 */
import type { LessonData } from '../../../../schemas/lesson.ts';
import type { LessonQuiz, StandaloneQuiz } from '../../../../schemas/quiz.ts';
import { COLLECTIONS } from '../read.ts';
import { fieldPosition, type FileCheck, type Finding, type ParsedFile, type RuleContext } from '../model.ts';

/** A quiz's ids, types and answers, one string per question, to compare translations. */
function quizShape(quiz: LessonQuiz | StandaloneQuiz | undefined): string[] {
  if (!quiz) return [];
  return quiz.questions.map((q) => `${q.id}:${q.type}:${(q.options ?? []).map((o) => o.id).join(',')}${q.answer ? `=${q.answer}` : ''}`);
}

const quizIn = (p: ParsedFile) => (p.collection === 'lessons' ? (p.data as LessonData).quiz : (p.data as StandaloneQuiz));

export const checkTranslation: FileCheck = (p, { options, find }) => {
  if (!p.valid || p.locale === options.defaultLocale) return [];
  const file = p.file.path;
  const original = find(p.collection, options.defaultLocale, p.slug);
  if (!original) {
    const path = `content/${p.collection}/${options.defaultLocale}/${p.slug}${COLLECTIONS[p.collection].ext}`;
    return [{ rule: 'translation-orphan', values: { defaultLocale: options.defaultLocale, original: path }, file, field: '(file name)' }];
  }
  if (!original.valid) return [];
  const findings: Finding[] = [];
  if (p.collection === 'lessons') {
    const mine = (p.data as LessonData).module;
    const theirs = (original.data as LessonData).module;
    if (mine !== theirs) findings.push({ rule: 'translation-module', values: { module: mine, original: theirs }, file, field: 'module', ...fieldPosition(p, ['module']) });
  }
  if (p.collection === 'lessons' || p.collection === 'quizzes') {
    const mine = quizShape(quizIn(p));
    const theirs = quizShape(quizIn(original));
    const compared = p.collection === 'quizzes' || mine.length > 0 || theirs.length > 0;
    if (compared && mine.join('|') !== theirs.join('|')) {
      const field = p.collection === 'lessons' ? 'quiz' : 'questions';
      const shape = theirs.join('; ') || { en: '(no quiz)', vi: '(không có câu hỏi)' };
      findings.push({ rule: 'translation-quiz', values: { shape }, file, field, ...fieldPosition(p, [field]) });
    }
  }
  return findings;
};

/** Content with no translation in some locale, reported on the original (warnings). */
export function untranslated({ options, known, find }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const collection of ['lessons', 'modules', 'sessions'] as const) {
    for (const [slug, locales] of known[collection]) {
      if (!locales.has(options.defaultLocale)) continue;
      const original = find(collection, options.defaultLocale, slug);
      const titled = (original?.valid ? (original.data as { translations?: Record<string, unknown> }).translations : undefined) ?? {};
      for (const locale of options.locales) {
        if (locales.has(locale) || locale in titled) continue;
        findings.push({
          rule: 'translation-missing',
          values: { locale, defaultLocale: options.defaultLocale, collection, slug },
          file: `content/${collection}/${options.defaultLocale}/${slug}.md`,
          field: '(translation)',
        });
      }
    }
  }
  return findings;
}
