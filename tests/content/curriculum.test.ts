/**
 * Checks over the real curriculum in content/: what the schema alone cannot promise.
 */
import matter from 'gray-matter';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContentFiles, readPublicFiles } from '../../src/cli/content-files.ts';
import { checkContent, quizCueReport } from '../../src/lib/content/check/index.ts';
import { formatProblem } from '../../src/lib/validation/problems.ts';
import type { LessonData } from '../../src/schemas/lesson.ts';
import type { ModuleData } from '../../src/schemas/module.ts';
import type { StandaloneQuiz, LessonQuiz } from '../../src/schemas/quiz.ts';
import { siteConfig } from '../../src/site.config.ts';

const root = process.cwd();
const files = readContentFiles(root);
const slugOf = (path: string) => path.split('/').pop()!.replace(/\.(md|yaml)$/, '');
const entries = <T>(collection: string, locale: string) =>
  files
    .filter((f) => f.path.startsWith(`content/${collection}/${locale}/`))
    .map((f) => ({
      path: f.path,
      slug: slugOf(f.path),
      data: (f.path.endsWith('.yaml') ? parseDocument(f.text).toJS() : matter(f.text).data) as T,
      body: f.path.endsWith('.yaml') ? '' : matter(f.text).content,
    }));

const modules = entries<ModuleData>('modules', 'vi');
const lessons = entries<LessonData>('lessons', 'vi');
const englishLessons = entries<LessonData>('lessons', 'en');
const quizzes = entries<StandaloneQuiz>('quizzes', 'vi');
const sessions = entries<{ preTest?: string; postTest?: string }>('sessions', 'vi');
const trackOf = (lesson: { data: LessonData }) => modules.find((m) => m.slug === lesson.data.module)?.data.track;

describe('the curriculum passes the content check', () => {
  it('has no content error at all', () => {
    const problems = checkContent(files, {
      locales: siteConfig.locales,
      defaultLocale: 'vi',
      hotlineNumbers: siteConfig.hotlines.map((h) => h.number),
      publicFiles: readPublicFiles(root),
    });
    expect(problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
  });
});

describe('quizzes that measure: a reader passes, a guesser fails', () => {
  const options = {
    locales: siteConfig.locales,
    defaultLocale: 'vi',
    hotlineNumbers: siteConfig.hotlines.map((h) => h.number),
    publicFiles: readPublicFiles(root),
  };

  it('raise no answer-cue warning in any quiz (length, position, wording, fact/myth, all but one)', () => {
    const cues = checkContent(files, options).filter((p) => p.field.startsWith('questions'));
    expect(cues.map((p) => formatProblem(p))).toEqual([]);
  });

  it('cannot be passed by any fixed guessing strategy, in any language', () => {
    for (const [locale, totals] of quizCueReport(files, options)) {
      expect(totals.guessable, locale).toEqual([]);
      expect(totals.longestRight / totals.oneAnswer, locale).toBeLessThanOrEqual(0.34);
      expect(Math.abs(totals.fact - totals.myth) / (totals.fact + totals.myth), locale).toBeLessThan(0.25);
      expect(totals.allButOne, locale).toBe(0);
    }
  });
});

describe('English titles', () => {
  it('every lesson, module and session plan has an English title and summary, from a translation or its front matter', () => {
    for (const collection of ['lessons', 'modules', 'sessions'] as const) {
      for (const entry of entries<{ translations?: Record<string, { title: string; summary: string }> }>(collection, 'vi')) {
        const translated = files.some((f) => f.path === `content/${collection}/en/${entry.slug}.md`);
        expect(translated || Boolean(entry.data.translations?.en?.title && entry.data.translations.en.summary), entry.path).toBe(true);
      }
    }
  });
});

describe('the curriculum covers every audience', () => {
  it.each([
    ['student', 11],
    ['teacher', 5],
    ['trainer', 5],
    ['community', 6],
  ])('the %s track has at least %i lessons', (track, minimum) => {
    expect(lessons.filter((l) => trackOf(l) === track).length).toBeGreaterThanOrEqual(minimum);
  });

  it('has three session plans, each with a paired pre- and post-test', () => {
    expect(sessions.map((s) => s.slug).sort()).toEqual(['hop-thon-90-phut', 'tap-huan-clb-mot-ngay', 'tiet-hoc-45-phut']);
    for (const session of sessions) {
      const pre = quizzes.find((q) => q.slug === session.data.preTest);
      const post = quizzes.find((q) => q.slug === session.data.postTest);
      expect(pre?.data.kind, session.slug).toBe('pre');
      expect(post?.data.kind, session.slug).toBe('post');
      expect(post?.data.preTest, session.slug).toBe(pre?.slug);
      // Same questions before and after, so the gain per question can be computed.
      expect(post?.data.questions.map((q) => q.id)).toEqual(pre?.data.questions.map((q) => q.id));
    }
  });

  it('starts in English with the first three student lessons and the school-class session', () => {
    expect(englishLessons.map((l) => l.slug).sort()).toEqual(expect.arrayContaining(['ai-co-the-bi-lua', 'mua-ban-nguoi-la-gi', 'viec-nhe-luong-cao']));
    expect(files.some((f) => f.path === 'content/sessions/en/tiet-hoc-45-phut.md')).toBe(true);
  });
});

describe('every lesson', () => {
  it.each(lessons.map((l) => [l.slug, l] as const))('%s has sources, a review date, an age band, and a quiz of 4–8 questions', (_slug, lesson) => {
    expect(lesson.data.sources.length).toBeGreaterThan(0);
    const reviewed: unknown = lesson.data.reviewed;
    expect(reviewed instanceof Date ? reviewed.toISOString() : String(reviewed)).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(['11+', '13+', '15+', 'adult']).toContain(lesson.data.ageBand);
    expect(lesson.data.quiz, 'every lesson has a quiz').toBeDefined();
    expect(lesson.data.quiz!.questions.length).toBeGreaterThanOrEqual(4);
    expect(lesson.data.quiz!.questions.length).toBeLessThanOrEqual(8);
  });

  it.each(lessons.map((l) => [l.slug, l] as const))('%s gives feedback on every option', (_slug, lesson) => {
    for (const question of (lesson.data.quiz as LessonQuiz).questions) {
      if (question.type === 'truefalse') {
        expect(question.feedback?.myth, `${question.id} myth`).toBeTruthy();
        expect(question.feedback?.fact, `${question.id} fact`).toBeTruthy();
      } else {
        for (const option of question.options ?? []) expect(option.feedback, `${question.id}.${option.id}`).toBeTruthy();
      }
    }
  });

  it.each(lessons.map((l) => [l.slug, l] as const))('%s opens with a situation, has slide-sized sections, notes and a scenario', (_slug, lesson) => {
    const beforeFirstSection = lesson.body.split(/^## /m)[0]!.trim();
    expect(beforeFirstSection.length, 'a situation before the first ## section').toBeGreaterThan(40);
    expect((lesson.body.match(/^## /gm) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(lesson.body).toContain(':::notes');
    const hasScenario = lesson.body.includes(':::scenario') || lesson.data.quiz!.questions.some((q) => q.type === 'scenario');
    expect(hasScenario).toBe(true);
  });

  it('marks student lessons that describe sexual exploitation or forced marriage 15+, with a content warning', () => {
    const visible = (body: string) => body.replace(/:::notes[\s\S]*?:::/g, '');
    const sensitive = lessons.filter((l) => trackOf(l) === 'student').filter((l) => /bóc lột tình dục|ép (làm )?vợ|cưỡng ép kết hôn|bán dâm|lấy (bộ phận|nội tạng|thận)/i.test(visible(l.body)));
    expect(sensitive.length).toBeGreaterThan(0);
    for (const lesson of sensitive) {
      expect(['15+', 'adult'], lesson.slug).toContain(lesson.data.ageBand);
      expect(lesson.data.contentWarning, lesson.slug).toBeDefined();
    }
  });

  it('never presents the retired 1800 1567 line', () => {
    for (const file of files.filter((f) => !f.path.endsWith('README.md'))) expect(file.text, file.path).not.toMatch(/1800[\s.]?1567/);
  });

  it('never uses victim-blaming words about people who were deceived, except quoted as words to avoid', () => {
    for (const file of files.filter((f) => f.path.startsWith('content/lessons/vi/'))) {
      const unquoted = matter(file.text).content.replace(/“[^”]*”|"[^"\n]*"/g, '');
      expect(unquoted, file.path).not.toMatch(/nhẹ dạ|cả tin|ham tiền/i);
    }
  });
});

describe('ids', () => {
  it('are unique across lessons and stand-alone quizzes', () => {
    const ids = [...lessons.filter((l) => l.data.quiz).map((l) => l.slug), ...quizzes.map((q) => q.slug)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('match between each English lesson and its Vietnamese original', () => {
    for (const english of englishLessons) {
      const original = lessons.find((l) => l.slug === english.slug);
      expect(original, english.slug).toBeDefined();
      const shape = (quiz?: LessonQuiz) => quiz?.questions.map((q) => [q.id, q.type, q.answer ?? '', (q.options ?? []).map((o) => `${o.id}:${Boolean(o.correct)}`).join(',')]);
      expect(shape(english.data.quiz)).toEqual(shape(original!.data.quiz));
    }
  });
});
