/**
 * Words the report's CSV files and left-out notes are written with, picked from the `report.*`
 * strings: the same sentence on screen, on paper and in the files.
 */
import type { LeftOut } from '../../../lib/sessions/report.ts';
import { AGE_GROUPS } from '../../../lib/sessions/schema.ts';
import type { ReportStrings, ReportTranslate } from './strings.ts';

/** One sentence per figure left out of the results. */
export function leftOutText(s: ReportTranslate) {
  return (item: LeftOut): string =>
    item.kind === 'question'
      ? s('report.leftOut.question', { n: item.number, test: s(`report.leftOut.${item.test}`), correct: item.correct, respondents: item.respondents })
      : item.kind === 'age'
        ? s('report.leftOut.age', { age: item.ageTotal, total: item.total })
        : s('report.leftOut.ethnic', { n: item.ethnicMinority, total: item.total });
}

export function questionsCsvLabels(s: ReportTranslate, strings: ReportStrings) {
  return {
    question: s('report.csv.question'),
    text: s('report.csv.text'),
    preCorrect: s('report.csv.preCorrect'),
    preTotal: s('report.csv.preRespondents'),
    prePercent: s('report.csv.prePercent'),
    postCorrect: s('report.csv.postCorrect'),
    postTotal: s('report.csv.postRespondents'),
    postPercent: s('report.csv.postPercent'),
    gain: s('report.csv.gain'),
    // Templates filled in per row by the CSV builder.
    questionNumber: strings['report.questionNumber'],
    overall: s('report.allQuestions'),
    note: s('report.csv.note'),
    describeLeftOut: leftOutText(s),
  };
}

export function sessionsCsvLabels(s: ReportTranslate) {
  return {
    date: s('report.csv.date'),
    place: s('report.csv.place'),
    session: s('report.csv.session'),
    participants: s('report.csv.participants'),
    female: s('report.female'),
    male: s('report.male'),
    age: Object.fromEntries(AGE_GROUPS.map((group) => [group, s(`report.age.${group}`)])) as Record<(typeof AGE_GROUPS)[number], string>,
    ethnicMinority: s('report.csv.ethnic'),
    preRespondents: s('report.csv.preRespondents'),
    prePercent: s('report.csv.prePercent'),
    postRespondents: s('report.csv.postRespondents'),
    postPercent: s('report.csv.postPercent'),
    gain: s('report.csv.gain'),
    total: (n: number) => s('report.csv.total', { n }),
    note: s('report.csv.note'),
    describeLeftOut: leftOutText(s),
  };
}
