/**
 * Vietnamese UI strings — the source table, one module per namespace in `vi/`. Keys are flat and
 * dotted; `{name}` marks a value filled in by `t()`. Every other language has exactly these keys,
 * namespace by namespace (checked by the type checker and by a unit test).
 */
import { commonStrings } from './vi/common.ts';
import { helpStrings } from './vi/help.ts';
import { searchStrings } from './vi/search.ts';
import { lessonStrings } from './vi/lesson.ts';
import { aboutStrings } from './vi/about.ts';
import { quizStrings } from './vi/quiz.ts';
import { progressStrings } from './vi/progress.ts';
import { certStrings } from './vi/cert.ts';
import { slidesStrings } from './vi/slides.ts';
import { printStrings } from './vi/print.ts';
import { classStrings } from './vi/class.ts';
import { sessionsStrings } from './vi/sessions.ts';
import { paperStrings } from './vi/paper.ts';
import { reportStrings } from './vi/report.ts';
import { reportsStrings } from './vi/reports.ts';
import { offlineStrings } from './vi/offline.ts';

export const vi = {
  ...commonStrings,
  ...helpStrings,
  ...searchStrings,
  ...lessonStrings,
  ...aboutStrings,
  ...quizStrings,
  ...progressStrings,
  ...certStrings,
  ...slidesStrings,
  ...printStrings,
  ...classStrings,
  ...sessionsStrings,
  ...paperStrings,
  ...reportStrings,
  ...reportsStrings,
  ...offlineStrings,
} as const;

/** A key of the UI string tables. */
export type UiKey = keyof typeof vi;
