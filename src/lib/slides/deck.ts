/**
 * A lesson as a deck: a title slide from the frontmatter (title, duration, objectives), the body
 * slides (see `splitIntoSlides`), and a closing slide (key points and the help line). Slide
 * HTML comes from the same renderer as the reading view. Notes are rendered only when asked
 * for, so the audience deck's HTML never contains them.
 */
import type { Root } from 'mdast';
import { treeOf } from '../markdown/parse.ts';
import { renderNodes, type RenderOptions } from '../markdown/render.ts';
import type { Problem } from '../validation/problems.ts';
import { estimateSlideLines, estimateTextLines, SLIDE_CHARS_PER_LINE, slideDensity, slideLengthProblems, wrappedLines, type MeasuredSlide, type SlideDensity } from './measure.ts';
import { splitIntoSlides } from './split.ts';

/** The frontmatter a deck needs. */
export interface DeckLesson {
  title: string;
  duration: number;
  objectives: readonly string[];
  keyPoints: readonly string[];
}

export type DeckSlideKind = 'title' | 'intro' | 'section' | 'closing';

export interface DeckSlide {
  /** 1-based position; also the slide's URL hash (`#3`). */
  number: number;
  kind: DeckSlideKind;
  /** The heading shown on the slide (for the intro and closing slides, the label passed in). */
  title: string;
  /** 1-based part of its section; parts after the first are continuation slides. */
  part: number;
  parts: number;
  /** Body HTML of a content slide (empty for the title and closing slides, which pages render from data). */
  html: string;
  /** Speaker notes HTML; present only when the deck was built `withNotes`. */
  notesHtml?: string;
  /** Estimated projector lines (see measure.ts). */
  lines: number;
  density: SlideDensity;
  /** Line in the Markdown body where the slide starts, when known. */
  line?: number;
}

export interface DeckOptions extends RenderOptions {
  /** Heading of the intro slide (text before the first `##`). */
  introTitle: string;
  /** Heading of the closing slide (key points). */
  closingTitle: string;
  /** Render `:::notes` (presenter view, trainer script). Never for the audience deck. */
  withNotes?: boolean;
}

/** The lesson title on the title slide is set this much larger than body text. */
const LESSON_TITLE_SCALE = 2.2;
/** Lines the title slide spends on the duration and the objectives label. */
const TITLE_SLIDE_EXTRA_LINES = 3;
/** Lines the closing slide spends on the help line. */
const CLOSING_SLIDE_EXTRA_LINES = 3.5;

/** Estimated lines of the title slide: the large title, the duration and the objectives. */
function titleSlideLines(lesson: DeckLesson): number {
  const titleLines = wrappedLines(lesson.title, Math.floor(SLIDE_CHARS_PER_LINE / LESSON_TITLE_SCALE)) * LESSON_TITLE_SCALE;
  return Math.round((titleLines + TITLE_SLIDE_EXTRA_LINES + estimateTextLines(lesson.objectives)) * 10) / 10;
}

/** Estimated lines of the closing slide: the key points and the help line. */
function closingSlideLines(lesson: DeckLesson): number {
  return estimateTextLines(lesson.keyPoints) + CLOSING_SLIDE_EXTRA_LINES;
}

/**
 * The slides of a lesson as a length check sees them, from an already parsed body and without
 * rendering: the same cut and the same measure as `buildDeck`.
 */
export function measureDeck(lesson: DeckLesson, root: Readonly<Root>, titles: { introTitle: string; closingTitle: string }): MeasuredSlide[] {
  const body = splitIntoSlides(root).map((slide, index): MeasuredSlide => ({
    number: index + 2,
    kind: slide.kind,
    title: slide.kind === 'intro' ? titles.introTitle : slide.title,
    lines: estimateSlideLines(slide.nodes),
    ...(slide.line === undefined ? {} : { line: slide.line }),
  }));
  return [
    { number: 1, kind: 'title', title: lesson.title, lines: titleSlideLines(lesson) },
    ...body,
    { number: body.length + 2, kind: 'closing', title: titles.closingTitle, lines: closingSlideLines(lesson) },
  ];
}

/** Builds the deck of a lesson (from its Markdown text, or its already parsed tree). */
export function buildDeck(lesson: DeckLesson, body: string | Readonly<Root>, options: DeckOptions): DeckSlide[] {
  const { introTitle, closingTitle, withNotes = false, ...render } = options;
  const root = treeOf(body);
  // Slide numbers double as element ids (`#3` works without JavaScript), so content headings
  // never take them.
  const usedIds = render.usedIds ?? new Set<string>();
  for (let n = 1; n <= root.children.length + 2; n++) usedIds.add(String(n));
  const renderOptions: RenderOptions = { ...render, usedIds, keepNotes: false };
  const titleLines = titleSlideLines(lesson);
  const closingLines = closingSlideLines(lesson);

  const slides: DeckSlide[] = [
    {
      number: 1,
      kind: 'title',
      title: lesson.title,
      part: 1,
      parts: 1,
      html: '',
      ...(withNotes ? { notesHtml: '' } : {}),
      lines: titleLines,
      density: slideDensity(titleLines),
    },
  ];
  for (const slide of splitIntoSlides(root)) {
    const lines = estimateSlideLines(slide.nodes);
    slides.push({
      number: slides.length + 1,
      kind: slide.kind,
      title: slide.kind === 'intro' ? introTitle : slide.title,
      part: slide.part,
      parts: slide.parts,
      html: renderNodes(slide.nodes, renderOptions),
      ...(withNotes ? { notesHtml: slide.notes.length ? renderNodes(slide.notes, { ...renderOptions, keepNotes: true }) : '' } : {}),
      lines,
      density: slideDensity(lines),
      ...(slide.line === undefined ? {} : { line: slide.line }),
    });
  }
  slides.push({
    number: slides.length + 1,
    kind: 'closing',
    title: closingTitle,
    part: 1,
    parts: 1,
    html: '',
    ...(withNotes ? { notesHtml: '' } : {}),
    lines: closingLines,
    density: slideDensity(closingLines),
  });
  return slides;
}

/**
 * Slides of one lesson file too long for a projector, reported at file lines.
 */
export function checkSlideLengths(
  lesson: DeckLesson,
  body: string | Readonly<Root>,
  options: { file: string; bodyLineOffset?: number },
): Problem[] {
  const slides = measureDeck(lesson, treeOf(body), { introTitle: '(intro)', closingTitle: '(key points)' });
  return slideLengthProblems(slides, options);
}
