/**
 * Every view of one lesson in one page language, made from one parsed tree and each rendered at
 * most once: the reading page, the large-print paper, the one-sheet handout and the deck (with
 * its speaker notes, for the deck, the presenter view and the trainer script alike). A view is
 * made the first time a page asks for it.
 */
import type { Root } from 'mdast';
import type { RenderOptions } from '../markdown/render.ts';
import { buildDeck, type DeckLesson, type DeckSlide } from '../slides/deck.ts';
import { buildHandoutView, type HandoutView } from './handout.ts';
import { buildReadingView, type ReadingView } from './reading.ts';

export interface LessonViewOptions extends Omit<RenderOptions, 'usedIds' | 'onHeading' | 'keepNotes'> {
  /** Deck headings for the intro slide and the closing (key points) slide. */
  introTitle: string;
  closingTitle: string;
  /** For a lesson with a content warning: the section to skip and the link's text. */
  sensitiveSection?: string;
  skipLabel?: string;
  /** Makes each view (the build times them); by default just calls `make`. */
  run?: <T>(make: () => T) => T;
}

export interface LessonViews {
  /** The reading page: speaker notes left out; the skip link and its target for a content warning. */
  readonly reading: ReadingView;
  /** The large-print paper: the same text, without the skip link (paper has nothing to skip to). */
  readonly largePrint: ReadingView;
  /** The one-sheet handout's scenarios. */
  readonly handout: HandoutView;
  /**
   * The slides, each with its notes. The audience deck prints only `html`, so its page never
   * holds a note; the presenter view and the trainer script print `notesHtml` too.
   */
  readonly deck: DeckSlide[];
}

/** The views of a lesson, each made once, on first use. */
export function lessonViews(lesson: DeckLesson, tree: Readonly<Root>, options: LessonViewOptions): LessonViews {
  const { introTitle, closingTitle, sensitiveSection, skipLabel, run = (make) => make(), ...render } = options;
  const once = <T>(make: () => T) => {
    let value: T | undefined;
    let made = false;
    return () => {
      if (!made) {
        value = run(make);
        made = true;
      }
      return value as T;
    };
  };
  const reading = once(() => buildReadingView(tree, { ...render, ...(skipLabel === undefined ? {} : { skipLabel, sensitiveSection }) }));
  const largePrint = once(() => (skipLabel === undefined ? reading() : buildReadingView(tree, render)));
  const handout = once(() => buildHandoutView(tree, render));
  const deck = once(() => buildDeck(lesson, tree, { ...render, introTitle, closingTitle, withNotes: true }));
  return {
    get reading() {
      return reading();
    },
    get largePrint() {
      return largePrint();
    },
    get handout() {
      return handout();
    },
    get deck() {
      return deck();
    },
  };
}

/**
 * A slide's HTML for a second copy on the same page (the presenter's "next slide"): the same
 * markup without heading ids, which the first copy already uses. The HTML comes from the
 * lesson renderer, whose attribute values never hold a double quote.
 */
export function withoutHeadingIds(html: string): string {
  return html.replace(/(<h[1-6]\b[^>]*?) id="[^"]*"/g, '$1');
}
