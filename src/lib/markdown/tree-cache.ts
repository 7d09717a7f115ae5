/**
 * One parse per Markdown text: the content check, the reading view, the slides, the papers and
 * the search index of a build all read the same lesson, and parsing is the slowest step of the
 * pipeline. Trees handed out are frozen, so no view can change what another reads (renderers
 * work on copies).
 */
import type { Root } from 'mdast';
import { parseMarkdown } from './parse.ts';

/** A parsed, read-only lesson body. */
export type LessonTree = Readonly<Root>;

/** Parses (or returns the tree already parsed for) a Markdown text. */
export type TreeSource = (source: string) => LessonTree;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A parser that remembers every tree it made, keyed by the exact text. */
export function createTreeCache(parse: (source: string) => Root = parseMarkdown): TreeSource & { readonly size: number } {
  const trees = new Map<string, LessonTree>();
  const source = (text: string): LessonTree => {
    let tree = trees.get(text);
    if (!tree) {
      tree = deepFreeze(parse(text));
      trees.set(text, tree);
    }
    return tree;
  };
  return Object.defineProperty(source, 'size', { get: () => trees.size }) as TreeSource & { readonly size: number };
}
