/** HTML in lesson Markdown: scripts and event handlers never; other HTML is not Markdown. */
import { visit } from 'unist-util-visit';
import { bodyPosition, type FileCheck, type Finding } from '../model.ts';

/** Tags that run code or embed another page. */
const SCRIPT_TAG = /<\s*(script|iframe|object|embed)\b/i;
const EVENT_HANDLER = /\son[a-z]+\s*=/i;
/** Comments and stray closing tags carry nothing a learner sees. */
const harmless = (html: string) => /^<!--[\s\S]*-->$/.test(html) || /^<\/[a-z][a-z0-9]*\s*>$/i.test(html);

export const checkHtml: FileCheck = (parsed) => {
  const findings: Finding[] = [];
  if (!parsed.tree) return findings;
  visit(parsed.tree, 'html', (node) => {
    const at = { file: parsed.file.path, field: '(body)', ...bodyPosition(parsed, node) };
    const script = SCRIPT_TAG.exec(node.value);
    const handler = EVENT_HANDLER.exec(node.value);
    if (script) findings.push({ rule: 'html-script', values: { tag: script[1]!.toLowerCase() }, ...at });
    else if (handler) findings.push({ rule: 'html-event-handler', values: { attribute: handler[0].trim().replace(/\s*=$/, '') }, ...at });
    else if (!harmless(node.value.trim())) findings.push({ rule: 'html-raw', ...at });
  });
  return findings;
};
