/**
 * Astro integration: runs the content check before the content layer loads, so a malformed
 * file fails `astro build` (and `astro dev`) with the same one-line messages as
 * `npm run content:check`, instead of a stack trace.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../lib/validation/problems.ts';
import { runContentCheck } from '../cli/run-content-check.ts';
import { buildState } from '../data/build-state.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'vung-buoc:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger, command }) => {
        const problems = runContentCheck(fileURLToPath(config.root), buildState().tree);
        const errors = problems.filter((p) => p.severity === 'error');
        const warnings = problems.length - errors.length;
        if (warnings > 0) logger.info(`${warnings} content warning(s) — run "npm run content:check" to list them.`);
        if (errors.length > 0) {
          const lines = errors.map((p) => formatProblem(p));
          const message = `Content check found ${errors.length} error(s):\n${lines.join('\n')}`;
          if (command === 'dev') {
            logger.error(message);
            return;
          }
          throw new Error(message);
        }
      },
    },
  };
}
