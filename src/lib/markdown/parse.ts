/**
 * Lesson Markdown → syntax tree. One parser for the reading view, slides, presenter notes,
 * search text and the content check, so they can never disagree about what a lesson says.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Container directives an author may use; anything else is a content error. */
export const CONTAINER_DIRECTIVES = ['tip', 'warning', 'hotline', 'scenario', 'notes'] as const;
export type ContainerDirectiveName = (typeof CONTAINER_DIRECTIVES)[number];

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/** Parses lesson Markdown (without frontmatter) into an mdast tree with directive nodes. */
export function parseMarkdown(source: string): Root {
  return parser.runSync(parser.parse(source)) as Root;
}

/** A body as a tree: parsed now from text, or the (shared, read-only) tree passed in. */
export function treeOf(source: string | Readonly<Root>): Readonly<Root> {
  return typeof source === 'string' ? parseMarkdown(source) : source;
}

/** True for a `:::notes` block (speaker notes). */
export function isNotes(node: RootContent): boolean {
  return node.type === 'containerDirective' && node.name === 'notes';
}

/** A `##` section of a lesson: its heading and the nodes up to the next `##`. */
export interface Section {
  /** Heading text (plain). */
  title: string;
  /** The heading node itself; absent for the intro before the first `##`. */
  heading?: RootContent;
  /** Content after the heading (may include `---` breaks and `:::notes`). */
  nodes: RootContent[];
}

/**
 * Splits a lesson body at its `##` headings. Content before the first `##` is the intro
 * (returned separately; it may be empty).
 */
export function splitSections(root: Readonly<Root>): { intro: RootContent[]; sections: Section[] } {
  const intro: RootContent[] = [];
  const sections: Section[] = [];
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth === 2) {
      sections.push({ title: toString(node).trim(), heading: node, nodes: [] });
    } else if (sections.length > 0) {
      sections[sections.length - 1]!.nodes.push(node);
    } else {
      intro.push(node);
    }
  }
  return { intro, sections };
}

/** Plain text of some nodes, without speaker notes (for search and snippets). */
export function plainText(nodes: ReadonlyArray<RootContent>): string {
  const parts: string[] = [];
  for (const node of nodes) {
    if (isNotes(node)) continue;
    if (node.type === 'thematicBreak') continue;
    if ('children' in node && node.type === 'containerDirective') {
      parts.push(plainText(node.children as RootContent[]));
      continue;
    }
    const text = toString(node).trim();
    if (text) parts.push(text);
  }
  return parts.join('\n');
}
