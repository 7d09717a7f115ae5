/**
 * What one build shares between its two halves: the integrations (run by Node straight from
 * `src/`) and the pages (run from Vite's bundle, a second copy of every module). One object on
 * `globalThis` holds the Markdown trees — so the content check and every page read a lesson from
 * one parse — and the clock that times the build's stages. Nothing here imports Astro.
 */
import { createStageClock, type StageClock } from '../lib/build/stage-clock.ts';
import { parseMarkdown } from '../lib/markdown/parse.ts';
import { createTreeCache, type TreeSource } from '../lib/markdown/tree-cache.ts';
import type { OfflineLesson } from '../lib/offline/manifest.ts';

export interface BuildState {
  clock: StageClock;
  /** The parsed tree of a Markdown text, parsed once per build (timed as Markdown). */
  tree: TreeSource & { readonly size: number };
  /** Each language's lessons by track, as its pages list them (for the offline download's lists). */
  lessons: Record<string, Record<string, OfflineLesson[]>>;
}

const KEY = Symbol.for('vung-buoc.build-state');

export function buildState(): BuildState {
  const holder = globalThis as { [KEY]?: BuildState };
  if (!holder[KEY]) {
    const clock = createStageClock(() => performance.now());
    holder[KEY] = { clock, tree: createTreeCache((source) => clock.run('markdown', () => parseMarkdown(source))), lessons: {} };
  }
  return holder[KEY];
}
