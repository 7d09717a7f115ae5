/**
 * Astro integration, at the end of a build: writes the lists of files a learner can download
 * for offline use (per language: shared files and pages, and each track's lessons, with sizes —
 * see src/lib/offline/manifest.ts) and generates the service worker with Workbox.
 *
 * The service worker precaches only a small shell (the offline page, the neutral quick-exit
 * page and the files they use); scripts, styles and pages are cached as the learner visits
 * them, and a language's lessons only when the learner presses "download for offline use" — a
 * child's prepaid data is never spent silently. Works under any base path: every URL is
 * relative to the service worker.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { walk } from '../cli/content-files.ts';
import { buildState } from '../data/build-state.ts';
import { SITE_LOCALES } from '../site.config.ts';
import { buildOfflineManifest, OFFLINE_MANIFEST, offlinePlan, type OfflineFile } from '../lib/offline/manifest.ts';
import {
  CACHES,
  isBuildAsset,
  isDataFile,
  isLocalSettings,
  isOtherSiteFile,
  isPageNavigation,
  isSearchFile,
  isSearchManifestFile,
  pageWithoutQuery,
} from '../lib/offline/caches.ts';

/** The pages the service worker must be able to show with no network, and the files they use. */
const SHELL_PAGES = ['offline/index.html', 'cong-thuc/index.html'];

function shellFiles(outDir: string): string[] {
  const assets = new Set<string>();
  for (const page of SHELL_PAGES) {
    const html = readFileSync(join(outDir, page), 'utf8');
    for (const match of html.matchAll(/(?:href|src)="[^"]*?\/(_astro\/[^"?#]+)"/g)) assets.add(match[1]!);
  }
  // Follow the static imports of those scripts so the pages' behaviour (quick exit) works offline.
  const queue = [...assets].filter((a) => a.endsWith('.js'));
  for (let file = queue.shift(); file; file = queue.shift()) {
    const code = readFileSync(join(outDir, file), 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) {
      const dep = `_astro/${match[1]}`;
      if (!assets.has(dep)) {
        assets.add(dep);
        queue.push(dep);
      }
    }
  }
  return [...SHELL_PAGES, ...assets, 'favicon.svg', 'manifest.webmanifest'];
}

export function offlineSupport(): AstroIntegration {
  return {
    name: 'vung-buoc:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        buildState().clock.mark('serviceWorker');
        const outDir = fileURLToPath(dir);
        const files: OfflineFile[] = walk(outDir)
          .map((full) => ({ path: relative(outDir, full).split(sep).join('/'), bytes: statSync(full).size }))
          .filter((file) => file.path !== 'sw.js' && file.path !== OFFLINE_MANIFEST);
        const version = createHash('sha256')
          .update(files.map((f) => `${f.path}:${f.bytes}:${createHash('sha256').update(readFileSync(join(outDir, f.path))).digest('hex')}`).join('\n'))
          .digest('hex')
          .slice(0, 12);
        const manifest = buildOfflineManifest(files, { version, locales: SITE_LOCALES, lessons: buildState().lessons });
        writeFileSync(join(outDir, OFFLINE_MANIFEST), JSON.stringify(manifest));

        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          // Only the small shell is precached; everything else is cached when used or downloaded on request.
          globPatterns: shellFiles(outDir),
          swDest: join(outDir, 'sw.js'),
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          // A new version waits until the learner agrees to reload (no silent swap mid-quiz).
          skipWaiting: false,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          dontCacheBustURLsMatching: /\/_astro\//,
          additionalManifestEntries: [{ url: OFFLINE_MANIFEST, revision: version }],
          runtimeCaching: [
            {
              // Hashed build files never change: once cached, serve from the cache.
              urlPattern: isBuildAsset,
              handler: 'CacheFirst',
              options: { cacheName: CACHES.assets, matchOptions: { ignoreVary: true } },
            },
            {
              // School IT edits local.json in place: always ask the network first.
              urlPattern: isLocalSettings,
              handler: 'NetworkFirst',
              options: { cacheName: CACHES.local, networkTimeoutSeconds: 3, matchOptions: { ignoreVary: true } },
            },
            {
              urlPattern: isPageNavigation,
              handler: 'NetworkFirst',
              options: {
                cacheName: CACHES.pages,
                networkTimeoutSeconds: 4,
                matchOptions: { ignoreVary: true },
                plugins: [pageWithoutQuery],
                precacheFallback: { fallbackURL: 'offline/index.html' },
              },
            },
            {
              // A search manifest lists its build's shards: the server's copy first, the downloaded one offline.
              urlPattern: isSearchManifestFile,
              handler: 'NetworkFirst',
              options: { cacheName: CACHES.data, networkTimeoutSeconds: 4, matchOptions: { ignoreVary: true } },
            },
            {
              // Search shards and texts are named by their content: once cached, serve from the cache.
              urlPattern: isSearchFile,
              handler: 'CacheFirst',
              options: { cacheName: CACHES.data, matchOptions: { ignoreVary: true } },
            },
            {
              urlPattern: isDataFile,
              handler: 'StaleWhileRevalidate',
              options: { cacheName: CACHES.data, matchOptions: { ignoreVary: true } },
            },
            {
              urlPattern: isOtherSiteFile,
              handler: 'StaleWhileRevalidate',
              options: { cacheName: CACHES.files, matchOptions: { ignoreVary: true } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        const lists = Object.entries(manifest.locales).map(([locale, language]) => {
          const all = offlinePlan(language, { kind: 'all' });
          return `${locale} ${all.urls.length} files, ${Math.round(all.bytes / 1024)} KB`;
        });
        logger.info(`service worker: ${count} app-shell files precached (${Math.round(size / 1024)} KB); offline lists: ${lists.join('; ')}`);
      },
    },
  };
}
