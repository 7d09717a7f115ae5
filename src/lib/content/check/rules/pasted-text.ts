/**
 * Text pasted from a word processor: it keeps indents, lettered answers, numbered lists run
 * into one line and a mix of quotation marks. Markdown then shows something the author did
 * not mean, so these are warnings with the fix.
 */
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { bodyPosition, type FileCheck, type Finding, type ParsedFile } from '../model.ts';

const FENCE = /^\s*(?:```|~~~)/;

/** Code blocks made by indenting (4 spaces or a tab), not by a ``` fence: never meant in a lesson. */
function indentedCode(parsed: ParsedFile): Finding[] {
  const findings: Finding[] = [];
  visit(parsed.tree!, 'code', (node: Code) => {
    const source = parsed.body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
    if (FENCE.test(source)) return;
    findings.push({ rule: 'indented-code', file: parsed.file.path, field: '(body)', ...bodyPosition(parsed, node) });
  });
  return findings;
}

export const checkPastedText: FileCheck = (parsed) => {
  if (!parsed.tree) return [];
  return [...indentedCode(parsed)];
};
