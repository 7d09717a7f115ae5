/**
 * The class table as CSV for Excel and LibreOffice (UTF-8 with BOM, RFC 4180 quoting — see
 * src/lib/csv.ts). Only what the on-screen table shows: never per-question results.
 */
import { toCsv, type CsvCell } from '../csv.ts';
import { slugify } from '../text/fold.ts';
import type { LearnerRow } from './figures.ts';

export interface ClassCsvLabels {
  nickname: string;
  /** Header of a track's column, e.g. "Học sinh: bài đã học (trên 9)". */
  trackDone: (track: string) => string;
  tracksCompleted: string;
  /** Header of a pre/post pair's column, e.g. "Tiến bộ (điểm): Kiểm tra cuối buổi". */
  gain: (post: string) => string;
  codeDate: string;
  trackName: (track: string) => string;
}

/** CSV text of the class table, columns in the table's order. */
export function classCsv(
  rows: readonly LearnerRow[],
  columns: { tracks: readonly string[]; gainPairs: ReadonlyArray<{ post: string }> },
  labels: ClassCsvLabels,
): string {
  const header: CsvCell[] = [
    labels.nickname,
    ...columns.tracks.map(labels.trackDone),
    labels.tracksCompleted,
    ...columns.gainPairs.map((pair) => labels.gain(pair.post)),
    labels.codeDate,
  ];
  const body = rows.map((row): CsvCell[] => [
    row.nickname,
    ...columns.tracks.map((track) => row.tracks[track]?.done ?? 0),
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
