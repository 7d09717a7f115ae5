/** The roll-up CSV's headers and row labels in the page's language. */
import type { RollupCsvLabels } from '../../lib/reports/csv.ts';
import { AGE_GROUPS, PLACE_TYPES, type AgeGroup, type PlaceType } from '../../lib/sessions/schema.ts';
import type { ReportsTranslate } from './strings.ts';

export function rollupCsvLabels(s: ReportsTranslate): RollupCsvLabels {
  return {
    group: s('reports.csv.group'),
    name: s('reports.csv.name'),
    sessions: s('reports.csv.sessions'),
    places: Object.fromEntries(PLACE_TYPES.map((type) => [type, s(`reports.place.${type}` as const)])) as Record<PlaceType, string>,
    attendances: s('reports.csv.attendances'),
    female: s('reports.csv.female'),
    male: s('reports.csv.male'),
    age: Object.fromEntries(AGE_GROUPS.map((group) => [group, s(`reports.age.${group}` as const)])) as Record<AgeGroup, string>,
    ethnicMinority: s('reports.csv.ethnic'),
    sessionsWithGain: s('reports.csv.sessionsWithGain'),
    prePercent: s('reports.csv.prePercent'),
    postPercent: s('reports.csv.postPercent'),
    gain: s('reports.csv.gain'),
    kinds: { total: s('reports.csv.kind.total'), trainer: s('reports.csv.kind.trainer'), plan: s('reports.csv.kind.plan') },
    noTrainer: s('reports.noTrainer'),
    questions: {
      test: s('reports.csv.test'),
      edition: s('reports.csv.edition'),
      question: s('reports.csv.question'),
      text: s('reports.csv.text'),
      sessions: s('reports.csv.sessions'),
      preCorrect: s('reports.csv.preCorrect'),
      preTotal: s('reports.csv.preTotal'),
      prePercent: s('reports.csv.prePercent'),
      postCorrect: s('reports.csv.postCorrect'),
      postTotal: s('reports.csv.postTotal'),
      postPercent: s('reports.csv.postPercent'),
      gain: s('reports.csv.gain'),
    },
    note: s('reports.csv.note'),
  };
}
