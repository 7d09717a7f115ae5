/**
 * Astro integration: times the build's stages (content, bundle, Markdown, pages, search, service
 * worker) and, when `VUNG_BUOC_PROFILE` names a file, writes them there as JSON for
 * `npm run bench`. Two parts: `start` goes first in the integrations (its setup hook opens the
 * build), `end` last (its done hook closes it, after the service worker is written).
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { stageDurations, type BuildStage } from '../lib/build/stage-clock.ts';
import { buildState } from '../data/build-state.ts';

/** What the profile file holds. */
export interface BuildProfile {
  /** Milliseconds per stage. */
  stages: Record<BuildStage, number>;
  /** From the first hook to the last (process start-up not included). */
  total: number;
  /** Distinct Markdown texts parsed (each once). */
  parsed: number;
}

export function buildProfile(): { start: AstroIntegration; end: AstroIntegration } {
  const { clock } = buildState();
  let markdownBeforeBuild = 0;
  return {
    start: {
      name: 'vung-buoc:profile-start',
      hooks: {
        'astro:config:setup': () => clock.mark('setup'),
        'astro:build:start': () => {
          clock.mark('buildStart');
          markdownBeforeBuild = clock.totals().markdown ?? 0;
        },
      },
    },
    end: {
      name: 'vung-buoc:profile-end',
      hooks: {
        'astro:build:done': ({ logger }) => {
          clock.mark('done');
          const marks = clock.marks();
          const at = (name: string, fallback: number) => marks[name] ?? fallback;
          const done = at('done', 0);
          const moments = {
            setup: at('setup', 0),
            buildStart: at('buildStart', at('setup', 0)),
            pagesStart: at('pagesStart', at('buildStart', 0)),
            serviceWorker: at('serviceWorker', done),
            done,
          };
          const profile: BuildProfile = {
            stages: stageDurations(moments, clock.totals(), markdownBeforeBuild),
            total: done - moments.setup,
            parsed: buildState().tree.size,
          };
          const file = process.env.VUNG_BUOC_PROFILE;
          if (!file) return;
          writeFileSync(file, JSON.stringify(profile, null, 2));
          logger.info(`build profile written to ${file}`);
        },
      },
    },
  };
}
