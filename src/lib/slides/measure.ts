/**
 * How much a slide holds, in projector lines. A slide is 16:9 and its text is sized to the
 * screen (about 64 characters a line), so the measure is the number of lines the text wraps
 * to, plus a little for the space between blocks. Over-long slides get a smaller type size,
 * and the longest ones a build warning. The budgets were checked against the built decks in
 * Chromium at 1280×720 and 1024×768: about 14 such lines fill a slide at full size.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Problem } from '../validation/problems.ts';

/** Characters in one line of body text on a slide at full size. */
export const SLIDE_CHARS_PER_LINE = 64;

/**
 * Lines (at full size) a slide may hold at each type size, with a margin for other screens;
 * beyond `dense`, a slide is `crowded`. Smaller type fits more both ways: 85 % type holds
 * about 1/0.85² as much.
 */
export const SLIDE_LINE_BUDGET = {
  /** Fits at full size. */
  normal: 12,
  /** Fits at 85 % type. */
  dense: 16,
} as const;

/** `normal` fits; `dense` is set smaller; `crowded` is set smallest, may scroll, and is reported. */
export type SlideDensity = 'normal' | 'dense' | 'crowded';

/** Space between blocks, in lines. */
const BLOCK_GAP = 0.5;
/** A picture takes about this many lines. */
const IMAGE_LINES = 6;

/** Lines a run of text wraps to in a column `width` characters wide. */
export function wrappedLines(text: string, width = SLIDE_CHARS_PER_LINE): number {
  const trimmed = text.trim();
  if (!trimmed) return 0;
  return trimmed.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / width)), 0);
}

function blockLines(node: RootContent, width: number): number {
  switch (node.type) {
    case 'thematicBreak':
    case 'definition':
    case 'html':
      return 0;
    case 'paragraph': {
      const onlyImages = node.children.length > 0 && node.children.every((child) => child.type === 'image');
      return (onlyImages ? IMAGE_LINES : wrappedLines(toString(node), width)) + BLOCK_GAP;
    }
    case 'heading':
      // Headings inside a slide are set larger than body text.
      return wrappedLines(toString(node), Math.floor(width / 1.25)) * 1.25 + BLOCK_GAP;
    case 'list':
      return node.children.reduce((sum, item) => sum + nodesLines(item.children as RootContent[], width - 4) - BLOCK_GAP / 2, 0) + BLOCK_GAP;
    case 'blockquote':
      return nodesLines(node.children as RootContent[], width - 4) + BLOCK_GAP;
    case 'containerDirective':
      // A callout: its label line, its content, and its padding.
      return 1 + nodesLines(node.children as RootContent[], width - 4) + 1;
    case 'table': {
      const columns = Math.max(1, ...node.children.map((row) => row.children.length));
      const cellWidth = Math.max(8, Math.floor(width / columns) - 2);
      return node.children.reduce((sum, row) => sum + Math.max(1, ...row.children.map((cell) => wrappedLines(toString(cell), cellWidth))) + 0.3, 0) + BLOCK_GAP;
    }
    case 'code':
      return node.value.split('\n').length + BLOCK_GAP;
    default:
      return wrappedLines(toString(node), width) + BLOCK_GAP;
  }
}

function nodesLines(nodes: ReadonlyArray<RootContent>, width: number): number {
  return nodes.reduce((sum, node) => sum + blockLines(node, width), 0);
}

/** Estimated projector lines of some slide content (notes must already be taken out). */
export function estimateSlideLines(nodes: ReadonlyArray<RootContent>): number {
  return Math.round(nodesLines(nodes, SLIDE_CHARS_PER_LINE) * 10) / 10;
}

/** Estimated lines of a generated slide made of short texts (objectives, key points). */
export function estimateTextLines(texts: ReadonlyArray<string>, width = SLIDE_CHARS_PER_LINE - 4): number {
  return Math.round(texts.reduce((sum, text) => sum + wrappedLines(text, width) + BLOCK_GAP / 2, 0) * 10) / 10;
}

/** The type size a slide of `lines` lines needs. */
export function slideDensity(lines: number): SlideDensity {
  if (lines <= SLIDE_LINE_BUDGET.normal) return 'normal';
  if (lines <= SLIDE_LINE_BUDGET.dense) return 'dense';
  return 'crowded';
}

/** What a length check needs to know about one slide. */
export interface MeasuredSlide {
  /** 1-based position in the deck (the title slide is 1). */
  number: number;
  /** `title` and `closing` slides are made from the frontmatter; the others from the body. */
  kind: 'title' | 'intro' | 'section' | 'closing';
  /** The heading shown on the slide. */
  title: string;
  lines: number;
  /** Line in the Markdown body where the slide starts, when known. */
  line?: number;
}

const GENERATED_FIX = {
  title: {
    field: 'objectives',
    en: 'shorten the objectives or keep fewer of them (the title slide shows them all)',
    vi: 'viết mục tiêu ngắn hơn hoặc bớt mục tiêu (trang tiêu đề hiện tất cả)',
  },
  closing: {
    field: 'keyPoints',
    en: 'shorten the key points or keep fewer of them (the closing slide shows them all)',
    vi: 'viết điều cần nhớ ngắn hơn hoặc bớt ý (trang kết thúc hiện tất cả)',
  },
} as const;

/**
 * Warnings for slides too long for a projector, for the build log and the content check.
 * `bodyLineOffset` turns body lines into file lines (the frontmatter's length).
 */
export function slideLengthProblems(
  slides: ReadonlyArray<MeasuredSlide>,
  options: { file: string; bodyLineOffset?: number },
): Problem[] {
  return slides
    .filter((slide) => slideDensity(slide.lines) === 'crowded')
    .map((slide) => {
      const generated = slide.kind === 'title' || slide.kind === 'closing' ? GENERATED_FIX[slide.kind] : undefined;
      return {
        file: options.file,
        ...(slide.line === undefined || generated ? {} : { line: slide.line + (options.bodyLineOffset ?? 0) }),
        field: generated?.field ?? '(body)',
        severity: 'warning' as const,
        message: {
          en: `slide ${slide.number} "${slide.title}" is too long for a projector (about ${Math.ceil(slide.lines)} lines; ${SLIDE_LINE_BUDGET.dense} fit) — it is shown in small type`,
          vi: `trang chiếu ${slide.number} "${slide.title}" quá dài để chiếu (khoảng ${Math.ceil(slide.lines)} dòng; vừa ${SLIDE_LINE_BUDGET.dense} dòng) — chữ sẽ bị thu nhỏ`,
        },
        fix: generated
          ? { en: generated.en, vi: generated.vi }
          : {
              en: 'split it with a line containing only "---", or move detail into a :::notes block',
              vi: 'tách trang bằng một dòng chỉ có "---", hoặc chuyển phần chi tiết vào khối :::notes',
            },
      };
    });
}
