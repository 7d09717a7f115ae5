/**
 * Sections too long for one projector slide, measured as the deck measures them. Only slides
 * cut from the body count: the title and closing slides are laid out from the objectives and
 * key points, whose length the build log reports. The wording belongs to the slide measure,
 * which the build log shares, so it is passed through.
 */
import type { LessonData } from '../../../../schemas/lesson.ts';
import { measureDeck } from '../../../slides/deck.ts';
import { slideLengthProblems } from '../../../slides/measure.ts';
import type { FileCheck } from '../model.ts';

export const checkSlides: FileCheck = (parsed) => {
  if (parsed.collection !== 'lessons' || !parsed.valid || !parsed.tree) return [];
  const slides = measureDeck(parsed.data as LessonData, parsed.tree, { introTitle: '(intro)', closingTitle: '(key points)' });
  const sections = slides.filter((slide) => slide.kind === 'intro' || slide.kind === 'section');
  return slideLengthProblems(sections, { file: parsed.file.path, bodyLineOffset: parsed.bodyOffset }).map(({ file, field, line, column, message, fix }) => ({
    rule: 'slide-too-long' as const,
    values: { message, fix },
    file,
    field,
    line,
    column,
  }));
};
