/** The shape of the body: known blocks, no empty sections, a content warning that names a section. */
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { LessonData } from '../../../../schemas/lesson.ts';
import { CONTAINER_DIRECTIVES } from '../../../markdown/parse.ts';
import { bodyPosition, type FileCheck, type Finding } from '../model.ts';
import { hasPlaceholder, placeholderFinding } from './placeholder.ts';

const isSectionHeading = (node: RootContent): node is Heading => node.type === 'heading' && node.depth === 2;

/** True when a `##` section has nothing but notes and breaks before the next heading. */
function isEmptySection(children: readonly RootContent[], index: number): boolean {
  for (let i = index + 1; i < children.length; i++) {
    const next = children[i]!;
    if (next.type === 'heading' && next.depth <= 2) return true;
    if (next.type === 'containerDirective' && next.name === 'notes') continue;
    if (next.type === 'thematicBreak') continue;
    return false;
  }
  return true;
}

const sameHeading = (a: string, b: string) => a.normalize('NFC').trim().toLowerCase() === b.normalize('NFC').trim().toLowerCase();

export const checkMarkdown: FileCheck = (parsed) => {
  const findings: Finding[] = [];
  const { tree } = parsed;
  if (!tree) return findings;
  const file = parsed.file.path;
  visit(tree, (node) => {
    if (node.type === 'containerDirective' && !(CONTAINER_DIRECTIVES as readonly string[]).includes(node.name)) {
      const blocks = CONTAINER_DIRECTIVES.map((name) => `:::${name}`).join(', ');
      findings.push({ rule: 'directive-unknown', values: { name: node.name, blocks }, file, field: '(body)', ...bodyPosition(parsed, node) });
    }
    if ((node.type === 'text' || node.type === 'inlineCode') && hasPlaceholder(node.value)) {
      findings.push(placeholderFinding(file, '(body)', node.value, bodyPosition(parsed, node)));
    }
  });

  tree.children.forEach((node, index) => {
    if (isSectionHeading(node) && isEmptySection(tree.children, index)) {
      findings.push({ rule: 'section-empty', values: { title: toString(node) }, file, field: '(body)', ...bodyPosition(parsed, node) });
    }
  });

  const section = parsed.collection === 'lessons' && parsed.valid ? (parsed.data as LessonData).contentWarning?.section : undefined;
  if (section) {
    const headings = tree.children.filter(isSectionHeading).map((node) => toString(node).trim());
    if (!headings.some((heading) => sameHeading(heading, section))) {
      findings.push({ rule: 'content-warning-section', values: { section, headings: headings.map((h) => `"${h}"`).join(', ') }, file, field: 'contentWarning.section' });
    }
  }
  return findings;
};
