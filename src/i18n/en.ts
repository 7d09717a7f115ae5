/** English UI strings, one module per namespace in `en/`, each typed against its Vietnamese namespace. */
import type { UiKey } from './vi.ts';
import { commonStrings } from './en/common.ts';
import { helpStrings } from './en/help.ts';
import { searchStrings } from './en/search.ts';
import { lessonStrings } from './en/lesson.ts';
import { aboutStrings } from './en/about.ts';
import { quizStrings } from './en/quiz.ts';
import { progressStrings } from './en/progress.ts';
import { certStrings } from './en/cert.ts';
import { slidesStrings } from './en/slides.ts';
import { printStrings } from './en/print.ts';
import { classStrings } from './en/class.ts';
import { sessionsStrings } from './en/sessions.ts';
import { paperStrings } from './en/paper.ts';
import { reportStrings } from './en/report.ts';
import { reportsStrings } from './en/reports.ts';
import { offlineStrings } from './en/offline.ts';

export const en: Record<UiKey, string> = {
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
};
