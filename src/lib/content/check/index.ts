/**
 * The content check: validates every file in `content/` with the same zod schemas the build
 * uses, then runs the rules one file cannot (references between files, translations, links,
 * images, safety and editorial rules). Pure: files come in as text; problems come out with
 * file, line, field, message and fix in English and Vietnamese, each naming its rule.
 */
import { totalCues, type CueTotals } from '../../quiz/cues.ts';
import { ruleText } from './messages.ts';
import type { CheckOptions, CollectionName, ContentFile, ContentProblem, FileCheck, Finding, KnownContent, ParsedFile, RuleContext } from './model.ts';
import { readContentFile } from './read.ts';
import { checkAudience } from './rules/audience.ts';
import { checkHtml } from './rules/html.ts';
import { checkLinks } from './rules/links.ts';
import { checkMarkdown } from './rules/markdown.ts';
import { checkMedia } from './rules/media.ts';
import { checkPastedText } from './rules/pasted-text.ts';
import { checkPhones } from './rules/phones.ts';
import { checkQuizCues, quizOf } from './rules/quiz-cues.ts';
import { checkReferences } from './rules/references.ts';
import { checkSlides } from './rules/slides.ts';
import { checkTranslation, untranslated } from './rules/translations.ts';

export type { CheckOptions, ContentFile, ContentProblem, Finding } from './model.ts';
export { RULES, ruleText, type RuleId } from './messages.ts';

/** Rule families run on each file, in this order (it decides the order of problems on one spot). */
const FILE_CHECKS: readonly FileCheck[] = [checkHtml, checkLinks, checkMedia, checkMarkdown, checkPhones, checkTranslation, checkReferences, checkQuizCues, checkPastedText, checkSlides, checkAudience];

/** A finding with its message and fix from the table. */
function render(finding: Finding): ContentProblem {
  const { rule, values = {}, ...where } = finding;
  return { ...where, rule, values, ...ruleText(rule, values) };
}

/** Reads every file once; what cannot be read is reported and left out. */
function readAll(files: readonly ContentFile[], options: CheckOptions) {
  const findings: Finding[] = [];
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const result = readContentFile(file, options);
    findings.push(...result.findings);
    if (result.parsed) parsed.push(result.parsed);
  }
  return { findings, parsed };
}

function contextOf(parsed: readonly ParsedFile[], options: CheckOptions): RuleContext {
  const known: KnownContent = { lessons: new Map(), modules: new Map(), sessions: new Map(), quizzes: new Map() };
  const byKey = new Map<string, ParsedFile>();
  for (const p of parsed) {
    if (!known[p.collection].has(p.slug)) known[p.collection].set(p.slug, new Set());
    known[p.collection].get(p.slug)!.add(p.locale);
    const key = `${p.collection}/${p.locale}/${p.slug}`;
    if (!byKey.has(key)) byKey.set(key, p);
  }
  const find = (collection: CollectionName, locale: string, slug: string) => byKey.get(`${collection}/${locale}/${slug}`);
  return { options, known, find };
}

/** Checks every content file; returns problems sorted by file, then line. */
export function checkContent(files: readonly ContentFile[], options: CheckOptions): ContentProblem[] {
  const { findings, parsed } = readAll(files, options);
  const ctx = contextOf(parsed, options);
  for (const p of parsed) for (const check of FILE_CHECKS) findings.push(...check(p, ctx));
  findings.push(...untranslated(ctx));
  return findings
    .map(render)
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * Answer cues over the whole curriculum, per locale: how often the right option is the longest,
 * the fact/myth balance, "all but one" multiple-answer questions, and the quizzes a learner who
 * never reads could pass. Files that do not parse are left out (the check reports them).
 */
export function quizCueReport(files: readonly ContentFile[], options: CheckOptions): Map<string, CueTotals> {
  const { parsed } = readAll(files, options);
  const report = new Map<string, CueTotals>();
  for (const locale of options.locales) {
    const quizzes = parsed.flatMap((p) => {
      const quiz = p.locale === locale ? quizOf(p) : undefined;
      return quiz ? [{ id: p.file.path, locale, questions: quiz.questions, passMark: quiz.passMark }] : [];
    });
    if (quizzes.length > 0) report.set(locale, totalCues(quizzes));
  }
  return report;
}
