/** Links in the body: no `javascript:`, and site links must lead to a page that exists. */
import { visit } from 'unist-util-visit';
import { TRACKS } from '../../../../schemas/common.ts';
import { bodyPosition, type FileCheck, type Finding, type KnownContent } from '../model.ts';

/** Site routes that exist without content. */
const STATIC_ROUTES = ['/', '/tracks/', '/sessions/', '/reports/', '/search/', '/progress/', '/class/', '/help/', '/about/'];
/** Content routes and their sub-pages (slides, presenter, print versions, session report). */
const CONTENT_ROUTE = /^\/(?:(en)\/)?(lessons|sessions|quizzes|tracks)\/([^/]+)\/((?:slides\/(?:presenter\/)?|print\/(?:large\/|script\/|attendance\/(?:neutral\/)?)?|report\/)?)$/;

/** True when a site-relative link leads to a page the build makes. */
function leadsToPage(url: string, known: KnownContent): boolean {
  const path = url.split(/[?#]/)[0]!;
  const bare = path.replace(/^\/en\//, '/');
  if (STATIC_ROUTES.includes(bare) || STATIC_ROUTES.includes(path)) return true;
  const match = CONTENT_ROUTE.exec(path);
  if (!match) return false;
  const [, , kind, slug] = match;
  if (kind === 'tracks') return (TRACKS as readonly string[]).includes(slug!);
  const pool = kind === 'lessons' ? known.lessons : kind === 'sessions' ? known.sessions : known.quizzes;
  return pool.has(slug!);
}

export const checkLinks: FileCheck = (parsed, { known }) => {
  const findings: Finding[] = [];
  if (!parsed.tree) return findings;
  visit(parsed.tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const url = node.url.trim();
    const at = { file: parsed.file.path, field: '(body)', ...bodyPosition(parsed, node) };
    if (/^javascript:/i.test(url)) findings.push({ rule: 'link-javascript', ...at });
    else if (url.startsWith('/') && !leadsToPage(url, known)) findings.push({ rule: 'link-broken', values: { url }, ...at });
  });
  return findings;
};
