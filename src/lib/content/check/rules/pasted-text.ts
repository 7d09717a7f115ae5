/**
 * Text pasted from a word processor: it keeps indents, lettered answers, numbered lists run
 * into one line and a mix of quotation marks. Markdown then shows something the author did
 * not mean, so these are warnings with the fix.
 */
import type { Code, Node, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { bodyPosition, textPosition, type FileCheck, type Finding, type ParsedFile } from '../model.ts';

/** Body lines (1-based) inside nodes the `skip` test picks: their text is not what learners read as prose. */
function skippedLines(parsed: ParsedFile, skip: (node: Node) => boolean): Set<number> {
  const lines = new Set<number>();
  visit(parsed.tree!, (node) => {
    if (!skip(node) || !node.position) return;
    for (let line = node.position.start.line; line <= node.position.end.line; line++) lines.add(line);
  });
  return lines;
}

/** The body's lines with their 1-based number, leaving out the skipped ones. */
function proseLines(parsed: ParsedFile, skip: (node: Node) => boolean): Array<[number, string]> {
  const skipped = skippedLines(parsed, skip);
  return parsed.body.split('\n').flatMap((text, index) => (skipped.has(index + 1) ? [] : [[index + 1, text] as [number, string]]));
}

const isCode = (node: Node) => node.type === 'code' || node.type === 'html';
/** Speaker notes may list options for a group to discuss; a :::scenario is the block meant for situations. */
const isCodeNotesOrScenario = (node: Node) =>
  isCode(node) || (node.type === 'containerDirective' && ['notes', 'scenario'].includes((node as Node & { name: string }).name));

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

/** A line that starts with a lettered answer: `A. …`, `b) …`, `(c) …`, also after a list bullet. */
const LETTERED = /^(\s*(?:[-*+]\s+)?)(\(?)([a-eA-E])([.)])\s+\S/;

/**
 * Answers lettered A., B., C. (or a), b)) typed as lines of text: a quiz question in disguise.
 * A run starts at "A." and goes on while the next letter follows, blank lines allowed.
 */
function letteredAnswers(parsed: ParsedFile): Finding[] {
  const findings: Finding[] = [];
  let run: { line: number; column: number; style: string; last: string; labels: string[] } | undefined;
  const report = () => {
    if (run && run.labels.length >= 2) {
      const { line, column, labels } = run;
      findings.push({ rule: 'lettered-answers', values: { letters: labels.join(' ') }, file: parsed.file.path, field: '(body)', line: line + parsed.bodyOffset, column });
    }
    run = undefined;
  };
  for (const [line, text] of proseLines(parsed, isCodeNotesOrScenario)) {
    if (!text.trim()) continue;
    const match = LETTERED.exec(text);
    if (!match) {
      report();
      continue;
    }
    const [, indent, open, letter, close] = match as unknown as [string, string, string, string, string];
    // The same way of lettering all along: "A." with "B.", "a)" with "b)".
    const style = `${open}${letter === letter.toUpperCase() ? 'A' : 'a'}${close}`;
    const label = `${open}${letter}${close}`;
    if (run && style === run.style && letter.charCodeAt(0) === run.last.charCodeAt(0) + 1) {
      run.labels.push(label);
      run.last = letter;
      continue;
    }
    report();
    if (letter === 'a' || letter === 'A') run = { line, column: indent.length + 1, style, last: letter, labels: [label] };
  }
  report();
  return findings;
}

/** "1. …" at the start of a line (or after a colon) followed on the same line by " 2. …". */
const RUN_TOGETHER = /^(\s*(?:[-*+]\s+)?|.*?:\s*)1\.\s+\S.*?\s2\.\s+\S/;

/** A numbered list pasted as one line: Markdown shows it as one block of text. */
function runTogetherLists(parsed: ParsedFile): Finding[] {
  return proseLines(parsed, isCode).flatMap(([line, text]) => {
    const match = RUN_TOGETHER.exec(text);
    if (!match) return [];
    return [{ rule: 'list-run-together' as const, file: parsed.file.path, field: '(body)', line: line + parsed.bodyOffset, column: match[1]!.length + 1 }];
  });
}

const QUOTE_KINDS = {
  straight: { en: 'straight (")', vi: 'thẳng (")' },
  curly: { en: 'curly (“ ”)', vi: 'cong (“ ”)' },
};

/** Straight and curly double quotation marks in one body: pasted text brought its own. */
function quoteMix(parsed: ParsedFile): Finding[] {
  const quotes: Array<{ kind: keyof typeof QUOTE_KINDS; node: Text; index: number }> = [];
  visit(parsed.tree!, 'text', (node: Text) => {
    for (const match of node.value.matchAll(/["“”]/g)) quotes.push({ kind: match[0] === '"' ? 'straight' : 'curly', node, index: match.index });
  });
  const straight = quotes.filter((quote) => quote.kind === 'straight').length;
  const curly = quotes.length - straight;
  if (straight === 0 || curly === 0) return [];
  const most = curly >= straight ? 'curly' : 'straight';
  const first = quotes.find((quote) => quote.kind !== most)!;
  const values = { straight, curly, kind: QUOTE_KINDS[most] };
  return [{ rule: 'quote-mix', values, file: parsed.file.path, field: '(body)', ...textPosition(parsed, first.node, first.index) }];
}

export const checkPastedText: FileCheck = (parsed) => {
  if (!parsed.tree) return [];
  return [...indentedCode(parsed), ...letteredAnswers(parsed), ...runTogetherLists(parsed), ...quoteMix(parsed)];
};
