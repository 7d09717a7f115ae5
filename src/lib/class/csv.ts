/**
 * The class table as CSV for Excel and LibreOffice (UTF-8 with BOM, RFC 4180 quoting — see
 * src/lib/csv.ts). Only what the on-screen table shows: never per-question results.
 */
import { toCsv, type CsvCell } from '../csv.ts';
import { slugify } from '../text/fold.ts';
import { lessonsDoneOf, sharedNameTags, type LearnerRow, type LessonStatus } from './figures.ts';

export interface ClassCsvLabels {
  nickname: string;
  /** Header of the column that tells two learners with the same nickname apart. */
  tag: string;
  /** Header of the count of the class's lessons done, e.g. "Bài đã xong (trên 9)". */
  lessonsDone: string;
  /** Header of a lesson's column (its title). */
  lesson: (slug: string) => string;
  /** A learner's status in a lesson: "chưa bắt đầu", "đã thử 60%", "đã xong". */
  status: (status: LessonStatus) => string;
  tracksCompleted: string;
  /** Header of a pre/post pair's column, e.g. "Tiến bộ (điểm): Kiểm tra cuối buổi". */
  gain: (post: string) => string;
  codeDate: string;
  trackName: (track: string) => string;
}

export interface ClassCsvColumns {
  /** Every lesson the class is taking (what "lessons done" counts). */
  lessons: readonly string[];
  /** The lessons shown as columns (those someone started). */
  shownLessons: readonly string[];
  gainPairs: ReadonlyArray<{ post: string }>;
}

/** CSV text of the class table, columns in the table's order. */
export function classCsv(rows: readonly LearnerRow[], columns: ClassCsvColumns, labels: ClassCsvLabels): string {
  const tags = sharedNameTags(rows);
  const header: CsvCell[] = [
    labels.nickname,
    labels.tag,
    labels.lessonsDone,
    ...columns.shownLessons.map(labels.lesson),
    labels.tracksCompleted,
    ...columns.gainPairs.map((pair) => labels.gain(pair.post)),
    labels.codeDate,
  ];
  const body = rows.map((row): CsvCell[] => [
    row.nickname,
    tags[row.profileId] ? `#${tags[row.profileId]}` : undefined,
    lessonsDoneOf(row, columns.lessons),
    ...columns.shownLessons.map((slug) => labels.status(row.lessons[slug] ?? { state: 'not-started' })),
    row.tracksCompleted.map(labels.trackName).join('; '),
    ...columns.gainPairs.map((pair) => row.gains.find((gain) => gain.post === pair.post)?.gain),
    row.lastCodeOn,
  ]);
  return toCsv([header, ...body]);
}

/** A file name of ASCII letters, digits and hyphens: `Lớp 7A` → `lop-7a-2026-11-27.csv`. */
export function classCsvFileName(className: string, now: Date): string {
  const slug = slugify(className).replace(/^lop(-|$)/, '');
  return `lop-${slug || 'hoc'}-${now.toISOString().slice(0, 10)}.csv`;
}
