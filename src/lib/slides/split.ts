/**
 * Lesson body → slides. Uses the same parser and section split as the reading view, so a deck
 * and the lesson page never disagree about what a lesson says: the intro (text before the first
 * `##`) and every `##` section start a slide, and each `---` inside them starts a continuation
 * slide. `:::notes` blocks are taken out of what the audience sees and kept per slide.
 */
import type { Root, RootContent } from 'mdast';
import { isNotes, splitSections } from '../markdown/parse.ts';

/** One slide cut from the lesson body. */
export interface BodySlide {
  /** `intro` for text before the first `##`, `section` for a `##` section. */
  kind: 'intro' | 'section';
  /** Heading text of the section (empty for the intro, whose heading the page supplies). */
  title: string;
  /** 1-based part of the section; parts after the first are continuation slides (after `---`). */
  part: number;
  /** How many slides the section was cut into. */
  parts: number;
  /** What the audience sees: the content without notes and without the `---` breaks. */
  nodes: RootContent[];
  /** The `:::notes` blocks of this slide (presenter view and trainer script only). */
  notes: RootContent[];
  /** Line in the Markdown body where the slide starts (its heading or its `---`), when known. */
  line?: number;
}

/** A slide's content taken apart: visible nodes and notes (also notes nested in callouts). */
function separateNotes(nodes: ReadonlyArray<RootContent>): { visible: RootContent[]; notes: RootContent[] } {
  const visible: RootContent[] = [];
  const notes: RootContent[] = [];
  for (const node of nodes) {
    if (isNotes(node)) {
      notes.push(node);
    } else if (node.type === 'containerDirective' && node.children.some((child) => isNotes(child as RootContent))) {
      const inner = separateNotes(node.children as RootContent[]);
      notes.push(...inner.notes);
      visible.push({ ...node, children: inner.visible } as RootContent);
    } else {
      visible.push(node);
    }
  }
  return { visible, notes };
}

interface Part {
  nodes: RootContent[];
  line?: number;
}

/** Cuts a run of nodes at its `---` breaks. */
function cutAtBreaks(nodes: ReadonlyArray<RootContent>, startLine: number | undefined): Part[] {
  const parts: Part[] = [{ nodes: [], line: startLine }];
  for (const node of nodes) {
    if (node.type === 'thematicBreak') parts.push({ nodes: [], line: node.position?.start.line });
    else parts[parts.length - 1]!.nodes.push(node);
  }
  return parts;
}

/**
 * Turns the parts of one section into slides. A part with nothing to show is never a slide of
 * its own: its notes join the slide before it (or the one after, for a leading `---`), so a
 * stray `---` cannot produce a blank slide. A section with nothing at all still gets one slide,
 * with its heading.
 */
function partsToSlides(kind: BodySlide['kind'], title: string, parts: Part[]): BodySlide[] {
  const kept: Array<{ visible: RootContent[]; notes: RootContent[]; line?: number }> = [];
  let pendingNotes: RootContent[] = [];
  let pendingLine: number | undefined = parts[0]?.line;
  for (const part of parts) {
    const { visible, notes } = separateNotes(part.nodes);
    if (visible.length === 0) {
      const previous = kept[kept.length - 1];
      if (previous) previous.notes.push(...notes);
      else pendingNotes.push(...notes);
      continue;
    }
    kept.push({ visible, notes: [...pendingNotes, ...notes], line: kept.length === 0 ? pendingLine : part.line });
    pendingNotes = [];
    pendingLine = undefined;
  }
  if (kept.length === 0) kept.push({ visible: [], notes: pendingNotes, line: parts[0]?.line });
  return kept.map((slide, index) => ({
    kind,
    title,
    part: index + 1,
    parts: kept.length,
    nodes: slide.visible,
    notes: slide.notes,
    ...(slide.line === undefined ? {} : { line: slide.line }),
  }));
}

/**
 * Splits a parsed lesson body into slides: the intro (if it has anything), then each `##`
 * section, continued at every `---`. Title and closing slides come from the frontmatter and are
 * added by `buildDeck`.
 */
export function splitIntoSlides(root: Readonly<Root>): BodySlide[] {
  const { intro, sections } = splitSections(root);
  const slides: BodySlide[] = [];
  if (intro.length > 0) {
    const introSlides = partsToSlides('intro', '', cutAtBreaks(intro, intro[0]?.position?.start.line));
    // An intro of notes only gets no slide of its own: its notes go to the first section.
    if (introSlides.some((slide) => slide.nodes.length > 0) || sections.length === 0) slides.push(...introSlides);
    else sections[0]!.nodes.unshift(...introSlides.flatMap((slide) => slide.notes));
  }
  for (const section of sections) {
    slides.push(...partsToSlides('section', section.title, cutAtBreaks(section.nodes, section.heading?.position?.start.line)));
  }
  return slides;
}
