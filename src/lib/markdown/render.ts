/**
 * Renders lesson Markdown nodes to HTML: directives become labelled callouts, `:::notes` are
 * dropped (unless a presenter view asks for them), headings get stable ids, internal links and
 * images are resolved under the base path, and raw HTML is never passed through.
 */
import type { Link, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { slugify } from '../text/fold.ts';
import { isNotes, type ContainerDirectiveName } from './parse.ts';

/** Visible labels of the callouts, in the page's language. */
export interface DirectiveLabels {
  tip: string;
  warning: string;
  hotline: string;
  scenario: string;
}

export interface RenderOptions {
  labels: DirectiveLabels;
  /** Rewrites root-relative URLs (`/lessons/x/`, `/images/a.png`) for the base path and locale. */
  resolveUrl?: (url: string) => string;
  /** Numbers written inside `:::hotline` that become one-tap `tel:` links (the site's hotline list). */
  hotlineNumbers?: readonly string[];
  /** Keep `:::notes` (presenter view and trainer script only). */
  keepNotes?: boolean;
  /** Heading ids already used on the page (shared across calls so ids stay unique). */
  usedIds?: Set<string>;
  /** Called with each heading as it gets its id (for a table of contents or skip targets). */
  onHeading?: (heading: { depth: number; text: string; id: string }) => void;
}

const CALLOUTS: Record<Exclude<ContainerDirectiveName, 'notes'>, { tag: string; role?: string }> = {
  tip: { tag: 'aside' },
  warning: { tag: 'aside' },
  hotline: { tag: 'aside' },
  scenario: { tag: 'section' },
};

/** A unique, ASCII heading id: `Dấu hiệu nhận biết` → `dau-hieu-nhan-biet` (`-2` when repeated). */
export function headingId(text: string, used: Set<string>): string {
  const base = slugify(text) || 'muc';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Splits a text node so each hotline number becomes a `tel:` link. */
function linkNumbers(node: Text, numbers: readonly string[]): PhrasingContent[] {
  if (numbers.length === 0) return [node];
  const escaped = numbers.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\d])(${escaped.join('|')})(?![\\d])`, 'g');
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) out.push({ type: 'text', value: node.value.slice(last, index) });
    const number = match[1]!;
    out.push({ type: 'link', url: `tel:${number.replace(/[ .]/g, '')}`, children: [{ type: 'text', value: number }] } satisfies Link);
    last = index + number.length;
  }
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out.length ? out : [node];
}

type Parent = { children: RootContent[] | PhrasingContent[] };

function transformChildren(parent: Parent, options: Required<Pick<RenderOptions, 'labels' | 'keepNotes'>> & RenderOptions, inHotline: boolean): void {
  const children = parent.children as RootContent[];
  const next: RootContent[] = [];
  for (const child of children) {
    if (isNotes(child) && !options.keepNotes) continue;
    if (child.type === 'textDirective' || child.type === 'leafDirective') {
      // A stray `:word` in prose is text, not markup.
      next.push({ type: 'text', value: `:${child.name}${toString(child) ? `[${toString(child)}]` : ''}` } as RootContent);
      continue;
    }
    if (child.type === 'containerDirective') {
      next.push(renderDirective(child, options));
      continue;
    }
    if (child.type === 'heading') {
      const text = toString(child);
      const id = headingId(text, options.usedIds!);
      options.onHeading?.({ depth: child.depth, text: text.trim(), id });
      child.data = { ...child.data, hProperties: { ...(child.data?.hProperties ?? {}), id } };
    }
    if ((child.type === 'link' || child.type === 'image' || child.type === 'definition') && options.resolveUrl) {
      child.url = options.resolveUrl(child.url);
    }
    if (child.type === 'text' && inHotline && options.hotlineNumbers?.length) {
      next.push(...(linkNumbers(child, options.hotlineNumbers) as RootContent[]));
      continue;
    }
    if ('children' in child) {
      transformChildren(child as Parent, options, inHotline);
    }
    next.push(child);
  }
  parent.children = next as Parent['children'];
}

function renderDirective(node: ContainerDirective, options: Required<Pick<RenderOptions, 'labels' | 'keepNotes'>> & RenderOptions): RootContent {
  const name = node.name as ContainerDirectiveName;
  if (name === 'notes') {
    transformChildren(node as Parent, options, false);
    node.data = { hName: 'aside', hProperties: { className: ['speaker-notes'], 'data-notes': '' } };
    return node;
  }
  const callout = CALLOUTS[name as Exclude<ContainerDirectiveName, 'notes'>];
  if (!callout) {
    // Unknown directives are reported by the content check; render their text plainly.
    transformChildren(node as Parent, options, false);
    node.data = { hName: 'div' };
    return node;
  }
  const first = node.children[0];
  const hasLabel = first?.type === 'paragraph' && Boolean(first.data && 'directiveLabel' in first.data && first.data.directiveLabel);
  const title = hasLabel ? toString(first) : '';
  const body = hasLabel ? node.children.slice(1) : node.children;
  const container = { children: body as RootContent[] };
  transformChildren(container, options, name === 'hotline');
  const label: RootContent = {
    type: 'paragraph',
    data: { hName: 'p', hProperties: { className: ['callout-label'] } },
    children: [{ type: 'text', value: title ? `${options.labels[name]}: ${title}` : options.labels[name] }],
  };
  return {
    type: 'containerDirective',
    name,
    attributes: {},
    children: [label, ...container.children] as ContainerDirective['children'],
    data: { hName: callout.tag, hProperties: { className: ['callout', `callout-${name}`] } },
  } as RootContent;
}

/** Renders some nodes (a whole body, a section, a slide) to an HTML string. */
export function renderNodes(nodes: ReadonlyArray<RootContent>, options: RenderOptions): string {
  const root: Root = { type: 'root', children: clone([...nodes]) };
  const full = { keepNotes: false, usedIds: new Set<string>(), ...options };
  transformChildren(root as Parent, full, false);
  const hast = toHast(root);
  return toHtml(hast);
}
