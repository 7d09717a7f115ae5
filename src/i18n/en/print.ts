/** English UI strings: print. Typed against the Vietnamese table: a missing or extra key fails the type check. */
import type { Strings } from '../strings.ts';
import type { printStrings as source } from '../vi/print.ts';

export const printStrings: Strings<typeof source> = {
  'print.handout': 'Handout',
  'print.handoutTitle': '{title} — handout',
  'print.fullText': 'The whole lesson “{title}” is in the large-print paper (ask the facilitator) and on the Vững Bước site.',
  'print.moreScenarios': '{n, plural, one {# more scenario} other {# more scenarios}} in the large-print paper.',
  'print.large': 'Large print',
  'print.largeTitle': '{title} — large print',
  'print.script': 'Trainer script',
  'print.scriptTitle': '{title} — trainer script',
  'print.papers': 'Printouts of this lesson',
  'print.print': 'Print this page',
  'print.hint': 'A4 paper; reads well in black and white. Navigation and buttons are not printed.',
  'print.slide': 'Slide {n} of {total}: {title}',
  'print.notes': 'Trainer notes',
  'print.noNotes': 'No notes.',
  'print.scriptIntro': '{duration, plural, one {# minute} other {# minutes}} for {slides, plural, one {# slide} other {# slides}} — about {perSlide, plural, one {# minute} other {# minutes}} for each slide after the title slide (the title slide is up while people settle).',
};
