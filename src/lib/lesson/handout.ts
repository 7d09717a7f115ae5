/**
 * The one-sheet lesson handout, for halls without power: key points, the lesson's scenario
 * and where to get help — the full text stays in the large-print paper. This picks the
 * scenario blocks out of a lesson body; the key points and help come from the frontmatter
 * and the site's hotline list.
 */
import type { Root, RootContent } from 'mdast';
import { isNotes, treeOf } from '../markdown/parse.ts';
import { renderNodes, type RenderOptions } from '../markdown/render.ts';

/** The `:::scenario` blocks of a lesson body, in reading order (never one inside speaker notes). */
export function scenarioNodes(body: string | Readonly<Root>): RootContent[] {
  const found: RootContent[] = [];
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (isNotes(node)) continue;
      if (node.type === 'containerDirective' && node.name === 'scenario') found.push(node);
      else if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(treeOf(body).children);
  return found;
}

/** Most scenarios a one-sheet handout prints; a practice lesson's others stay in the large print. */
export const HANDOUT_MAX_SCENARIOS = 2;

export interface HandoutView {
  /** The scenarios, rendered as on the lesson page (labelled sections). */
  scenariosHtml: string;
  scenarioCount: number;
  /** Scenarios of the lesson left out of the handout (they are in the large-print paper). */
  moreScenarios: number;
}

/** What the one-sheet handout prints from a lesson body: at most two scenarios, so it fits one sheet. */
export function buildHandoutView(body: string | Readonly<Root>, options: RenderOptions): HandoutView {
  const all = scenarioNodes(body);
  const scenarios = all.slice(0, HANDOUT_MAX_SCENARIOS);
  return {
    scenariosHtml: scenarios.length ? renderNodes(scenarios, options) : '',
    scenarioCount: scenarios.length,
    moreScenarios: all.length - scenarios.length,
  };
}
