/**
 * Words for the roll-up's data: a period, a report, a file problem, an issue. Formatting only
 * (the figures come from src/lib/reports); shared by the sections, the summary and the CSV.
 */
import type { FileProblem } from '../../lib/reports/files.ts';
import type { Issue, ReportRef } from '../../lib/reports/figures.ts';
import { MAX_FILE_BYTES } from '../../lib/reports/files.ts';
import type { Period } from '../../lib/reports/period.ts';
import type { PlaceType } from '../../lib/sessions/schema.ts';
import { formatDate } from '../../lib/text/date.ts';
import type { ReportsTranslate } from './strings.ts';

export const placeTypeLabel = (s: ReportsTranslate, type: PlaceType) => s(`reports.place.${type}` as const);

/**
 * A period in words: as a label ("năm 2026", "từ 01/03/2026 đến 31/05/2026"), or as the opening
 * of the summary sentence, with its own preposition ("Trong năm 2026", "Từ 01/03/2026").
 */
export function periodText(s: ReportsTranslate, period: Period, locale: string, as: 'label' | 'sentence' = 'label'): string {
  const prefix = as === 'label' ? 'reports.period' : 'reports.when';
  switch (period.kind) {
    case 'all':
      return s(`${prefix}.all`);
    case 'year':
      return s(`${prefix}.year`, { year: period.year });
    case 'quarter':
      return s(`${prefix}.quarter`, { q: period.quarter, year: period.year });
    case 'custom': {
      const from = period.from && formatDate(period.from, locale);
      const to = period.to && formatDate(period.to, locale);
      if (from && to) return s(`${prefix}.custom`, { from, to });
      if (from) return s(`${prefix}.from`, { from });
      if (to) return s(`${prefix}.to`, { to });
      return s(`${prefix}.all`);
    }
  }
}

/** Which report a note is about: trainer — date — place. */
export function refText(s: ReportsTranslate, ref: ReportRef, locale: string): string {
  return s('reports.issues.report', {
    trainer: ref.trainer.trim() || s('reports.noTrainer'),
    date: ref.date ? formatDate(ref.date, locale) : s('reports.noDate'),
    place: ref.place.trim().replace(/\s+/g, ' ') || s('reports.noPlace'),
  });
}

/** One issue in words (without the report it is about). */
export function issueText(s: ReportsTranslate, issue: Issue, testTitle: (slug: string) => string): string {
  if (issue.kind === 'assumed-edition') return s('reports.issues.assumedEdition');
  if (issue.kind === 'remarked-edition') {
    return s('reports.issues.remarkedEdition', { test: testTitle(issue.recorded.slug), version: issue.recorded.version, used: issue.used.version });
  }
  if (issue.kind === 'unknown-edition') return s('reports.issues.unknownEdition', { test: testTitle(issue.test.slug), version: issue.test.version });
  const item = issue.item;
  if (item.kind === 'question') {
    return s('reports.issues.question', { n: item.number, test: s(`reports.issues.${item.test}` as const), correct: item.correct, respondents: item.respondents });
  }
  if (item.kind === 'age') return s('reports.issues.age', { age: item.ageTotal, total: item.total });
  return s('reports.issues.ethnic', { n: item.ethnicMinority, total: item.total });
}

const megabytes = (bytes: number) => String(Math.ceil(bytes / (1024 * 1024)));

/** Why a whole file was skipped. */
export function problemText(s: ReportsTranslate, name: string, problem: FileProblem): string {
  switch (problem.kind) {
    case 'empty':
      return s('reports.load.problem.empty', { name });
    case 'too-large':
      return s('reports.load.problem.tooLarge', { name, mb: megabytes(problem.bytes), max: megabytes(MAX_FILE_BYTES) });
    case 'not-json':
      return s('reports.load.problem.notJson', { name });
    case 'not-reports':
      return s('reports.load.problem.notReports', { name });
    case 'newer':
      return s('reports.load.problem.newer', { name, version: problem.version });
    case 'damaged':
      return s('reports.load.problem.damaged', { name, field: problem.field });
  }
}
