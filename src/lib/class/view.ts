/**
 * Everything the class page shows, computed once from the stored class and the curriculum:
 * the lessons the class takes, the table's rows in order, the chart's figures. The island and
 * its sections only print this.
 */
import type { ProgressIndex } from '../progress/rules.ts';
import {
  busiestTrack,
  classFigures,
  classLessons,
  learnerRows,
  lessonColumns,
  sharedNameTags,
  sortRows,
  tableGainPairs,
  type ClassFigures,
  type LearnerRow,
  type QuestionFigure,
  type SortDirection,
  type SortKey,
} from './figures.ts';
import type { ClassEntry } from './schema.ts';

/** Most missed questions shown in the chart and its table. */
export const MOST_MISSED = 10;
/** Bar labels longer than this overflow the chart's label column; the table beside it has the full text. */
const CHART_LABEL_MAX = 19;

/** A chart label that fits its column (the table beside the chart has the full text). */
export function chartLabel(text: string): string {
  return text.length > CHART_LABEL_MAX ? `${text.slice(0, CHART_LABEL_MAX - 1).trimEnd()}…` : text;
}

/** "+5", "0", "-3": a gain in points as the page prints it. */
export function gainText(gain: number): string {
  return gain > 0 ? `+${gain}` : String(gain);
}

export interface ClassView {
  rows: LearnerRow[];
  figures: ClassFigures;
  /** True while the class follows its busiest track (the teacher has not chosen lessons). */
  following: boolean;
  lessons: string[];
  followedTrack?: string;
  columns: { shown: string[]; hidden: string[] };
  gainPairs: Array<{ pre: string; post: string }>;
  sorted: LearnerRow[];
  /** Profile id → short tag, for learners who share a nickname. */
  tags: Record<string, string>;
  chartLessons: ClassFigures['lessons'];
  mostMissed: QuestionFigure[];
  maxAnswered: number;
  /** Tracks with lessons, for the lesson picker. */
  pickerTracks: Array<{ track: string; lessons: string[] }>;
}

export function classView(
  entry: ClassEntry | undefined,
  index: ProgressIndex,
  options: { trackOrder: readonly string[]; sort: { key: SortKey; direction: SortDirection }; locale: string },
): ClassView {
  const rows = learnerRows(entry?.learners ?? [], index);
  const figures = classFigures((entry?.learners ?? []).map((l) => l.profile), index);
  const following = !entry?.lessons;
  const lessons = classLessons(entry?.lessons ?? null, rows, index, options.trackOrder);
  const mostMissed = figures.questions.filter((q) => q.wrong > 0).slice(0, MOST_MISSED);
  const trackLessons = (track: string) => index.lessons.filter((lesson) => lesson.track === track).map((lesson) => lesson.slug);
  return {
    rows,
    figures,
    following,
    lessons,
    ...(following ? { followedTrack: busiestTrack(rows, index, options.trackOrder) } : {}),
    columns: lessonColumns(lessons, rows),
    gainPairs: tableGainPairs(rows, index),
    sorted: sortRows(rows, options.sort.key, options.sort.direction, options.locale, lessons),
    tags: sharedNameTags(rows),
    chartLessons: figures.lessons.filter((lesson) => lessons.includes(lesson.slug)),
    mostMissed,
    maxAnswered: Math.max(1, ...mostMissed.map((q) => q.answered)),
    pickerTracks: options.trackOrder.map((track) => ({ track, lessons: trackLessons(track) })).filter((t) => t.lessons.length > 0),
  };
}

/** The position (from 1) of a question in its quiz. */
export function questionNumber(index: ProgressIndex, quizId: string, questionId: string): number {
  return (index.quizzes[quizId]?.questionIds.indexOf(questionId) ?? 0) + 1;
}

/** The next sort: the same column flips direction, another column starts ascending. */
export function nextSort(previous: { key: SortKey; direction: SortDirection }, key: SortKey): { key: SortKey; direction: SortDirection } {
  return { key, direction: previous.key === key && previous.direction === 'ascending' ? 'descending' : 'ascending' };
}
