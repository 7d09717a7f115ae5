/** Turns a field path in parsed YAML into the line and column an author sees. */
import { isMap, isSeq, type Document } from 'yaml';
import type { Locate } from './model.ts';

/**
 * Maps a YAML path to a 1-based line/column in `source`, the text the document was parsed
 * from (front matter starts on line 1 of the file, so its lines are file lines).
 */
export function yamlLocator(doc: Document | undefined, source: string): Locate {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const toPosition = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
    return { line: line + 1, column: offset - lineStarts[line]! + 1 };
  };
  return (path) => {
    if (!doc) return undefined;
    // Walk down as far as the path exists; a missing field points at its parent.
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        if (!item) break;
        keyNode = undefined;
        node = item;
      } else break;
    }
    const target = (keyNode ?? node) as { range?: [number, number, number] } | null;
    if (!target?.range) return undefined;
    return toPosition(target.range[0]);
  };
}
