/**
 * Where a build's time goes, stage by stage (content, Markdown, pages, search, service worker),
 * so the benchmark can show the next slow stage. Pure: the clock reads time through `now`.
 *
 * Work timed with `run` is attributed exclusively: Markdown parsed while the search index is
 * built counts as Markdown, not twice. Only synchronous work can be nested this way (an `await`
 * inside `run` would let other work in under the same stage).
 */

export interface StageClock {
  /** Runs `work` and adds its time (less the time of stages nested in it) to `stage`. */
  run<T>(stage: string, work: () => T): T;
  /** Records when something first happened (`mark('pages')`); later marks of the same name are ignored. */
  mark(name: string): void;
  /** Milliseconds per stage so far. */
  totals(): Record<string, number>;
  /** First time of each mark, in the clock's time. */
  marks(): Record<string, number>;
}

export function createStageClock(now: () => number): StageClock {
  const totals: Record<string, number> = {};
  const marks: Record<string, number> = {};
  /** Time taken by nested stages, per open `run` (innermost last). */
  const nested: number[] = [];
  return {
    run(stage, work) {
      const started = now();
      nested.push(0);
      try {
        return work();
      } finally {
        const elapsed = now() - started;
        const inner = nested.pop()!;
        totals[stage] = (totals[stage] ?? 0) + elapsed - inner;
        if (nested.length > 0) nested[nested.length - 1]! += elapsed;
      }
    },
    mark(name) {
      if (!(name in marks)) marks[name] = now();
    },
    totals: () => ({ ...totals }),
    marks: () => ({ ...marks }),
  };
}

/** The stages the benchmark prints, in build order. */
export const BUILD_STAGES = ['content', 'bundle', 'markdown', 'pages', 'search', 'service worker'] as const;
export type BuildStage = (typeof BUILD_STAGES)[number];

/** Times taken at the build's hooks (ms, in the clock's time). */
export interface BuildMoments {
  /** The first integration's `astro:config:setup` (the content check runs right after). */
  setup: number;
  /** `astro:build:start`: content loaded, bundling begins. */
  buildStart: number;
  /** The first page's data was asked for: bundling is over, pages are being built. */
  pagesStart: number;
  /** The service worker step starts (every page is written by then). */
  serviceWorker: number;
  /** The service worker and the offline lists are written. */
  done: number;
}

/**
 * The build's stages, each exclusive, from the moments above and the clock's totals. Markdown
 * and search are timed where they run; what remains of each window is the window's own stage.
 * `markdownBeforeBuild` is the Markdown time spent before `buildStart` (the content check).
 */
export function stageDurations(moments: BuildMoments, totals: Record<string, number>, markdownBeforeBuild: number): Record<BuildStage, number> {
  const markdown = totals.markdown ?? 0;
  const search = totals.search ?? 0;
  const contentWindow = moments.buildStart - moments.setup;
  const pagesWindow = moments.serviceWorker - moments.pagesStart;
  return {
    content: Math.max(0, contentWindow - markdownBeforeBuild),
    bundle: Math.max(0, moments.pagesStart - moments.buildStart),
    markdown,
    pages: Math.max(0, pagesWindow - (markdown - markdownBeforeBuild) - search),
    search,
    'service worker': Math.max(0, moments.done - moments.serviceWorker),
  };
}
