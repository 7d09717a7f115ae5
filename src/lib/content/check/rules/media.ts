/** Images: saved in `public/images/` (the site works offline) and described for screen readers. */
import { visit } from 'unist-util-visit';
import { bodyPosition, type FileCheck, type Finding } from '../model.ts';

const REMOTE = /^(?:https?:)?\/\//i;
const DATA_URL = /^data:/i;

export const checkMedia: FileCheck = (parsed, { options }) => {
  const findings: Finding[] = [];
  if (!parsed.tree) return findings;
  visit(parsed.tree, 'image', (node) => {
    const url = node.url.trim();
    const at = { file: parsed.file.path, field: '(body)', ...bodyPosition(parsed, node) };
    if (REMOTE.test(url) || DATA_URL.test(url)) findings.push({ rule: 'image-remote', values: { url }, ...at });
    else if (!url.startsWith('/')) findings.push({ rule: 'image-path', values: { url }, ...at });
    else if (!options.publicFiles.has(url.replace(/^\/+/, '').split(/[?#]/)[0]!)) findings.push({ rule: 'image-missing', values: { url }, ...at });
    if (!node.alt?.trim()) findings.push({ rule: 'image-alt', ...at });
  });
  return findings;
};
