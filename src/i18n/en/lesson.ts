/** English UI strings: lesson. Typed against the Vietnamese table: a missing or extra key fails the type check. */
import type { Strings } from '../strings.ts';
import type { lessonStrings as source } from '../vi/lesson.ts';

export const lessonStrings: Strings<typeof source> = {
  'lesson.duration': '{n} min',
  'lesson.ageBand': 'Age: {band}',
  'lesson.ageBand.adult': 'adults',
  'lesson.objectives': 'Objectives',
  'lesson.contents': 'In this lesson',
  'lesson.keyPoints': 'Key points',
  'lesson.sources': 'Sources',
  'lesson.reviewed': 'Last reviewed: {date}',
  'lesson.previous': 'Previous lesson',
  'lesson.next': 'Next lesson',
  'lesson.backToTrack': 'Back to the track',
  'lesson.cw.title': 'Content note',
  'lesson.cw.skip': 'Skip this section',
  'lesson.cw.skipAll': 'Skip to the key points',
  'lesson.notTranslated': 'This lesson has no English translation yet. You are reading the Vietnamese version.',
  'lesson.slides': 'View as slides',
  'lesson.print': 'Print',
  'lesson.quiz': 'Check yourself',
  'lesson.module': 'Module: {title}',
  'lesson.markDone': 'Mark as done',
  'lesson.markedDone': 'You have finished this lesson.',
  'lesson.undoDone': 'Undo',
  'lesson.done': 'Done',
};
