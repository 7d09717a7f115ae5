/**
 * The reading view of a lesson: body HTML without speaker notes, the list of `##` sections,
 * and — for a lesson with a content warning — a marker after the sensitive section so the
 * learner can skip it.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { treeOf } from '../markdown/parse.ts';
import { renderNodes, type RenderOptions } from '../markdown/render.ts';

/** Id of the point a content-warning skip link jumps to. */
export const SKIP_TARGET_ID = 'sau-noi-dung-nhay-cam';

export interface ReadingView {
  html: string;
  /** The `##` sections in order (for a table of contents). */
  sections: Array<{ title: string; id: string }>;
  /** Whether the sensitive section named in the frontmatter was found. */
  sensitiveSectionFound: boolean;
}

export interface ReadingOptions extends RenderOptions {
  /** `##` heading text of the section a content warning lets the learner skip. */
  sensitiveSection?: string;
  /** Text of the inline "skip this section" link placed before the sensitive section. */
  skipLabel?: string;
}

function normalizeHeading(text: string): string {
  return text.normalize('NFC').trim().toLowerCase();
}

/** Builds the reading view of a lesson body (Markdown text, or its already parsed tree). */
export function buildReadingView(body: string | Readonly<Root>, options: ReadingOptions): ReadingView {
  const root = treeOf(body);
  const children: RootContent[] = [...root.children];
  let sensitiveSectionFound = false;

  if (options.skipLabel !== undefined) {
    const marker: RootContent = {
      type: 'paragraph',
      data: { hName: 'span', hProperties: { id: SKIP_TARGET_ID, className: ['skip-target'], tabIndex: -1 } },
      children: [],
    };
    let insertAt = children.length;
    if (options.sensitiveSection) {
      const wanted = normalizeHeading(options.sensitiveSection);
      const start = children.findIndex(
        (node) => node.type === 'heading' && node.depth === 2 && normalizeHeading(toString(node)) === wanted,
      );
      if (start >= 0) {
        sensitiveSectionFound = true;
        const next = children.findIndex((node, index) => index > start && node.type === 'heading' && node.depth === 2);
        insertAt = next >= 0 ? next : children.length;
        children.splice(insertAt, 0, marker);
        children.splice(start, 0, {
          type: 'paragraph',
          data: { hName: 'p', hProperties: { className: ['cw-inline'] } },
          children: [{ type: 'link', url: `#${SKIP_TARGET_ID}`, children: [{ type: 'text', value: options.skipLabel }] }],
        });
      } else {
        children.push(marker);
      }
    } else {
      children.push(marker);
    }
  }

  const sections: ReadingView['sections'] = [];
  const html = renderNodes(children, {
    ...options,
    onHeading: (heading) => {
      if (heading.depth === 2) sections.push({ title: heading.text, id: heading.id });
      options.onHeading?.(heading);
    },
  });
  return { html, sections, sensitiveSectionFound };
}
