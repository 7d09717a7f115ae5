/**
 * Deletes kept offline copies that no current file list names (see src/lib/offline/prune.ts).
 * Best effort and silent: no Cache Storage (plain-HTTP school addresses, private mode), a cache
 * that was never made, or a failed delete leave everything as it was.
 */
import { CACHES, type CacheName } from '../lib/offline/caches.ts';
import { buildAssetsScope, searchFilesScope, searchManifestFiles, staleCachedUrls, type PruneScope } from '../lib/offline/prune.ts';
import type { SearchManifest } from '../lib/search/format.ts';

/** The site's root URL (origin and base path) for this page. */
export function siteUrl(): URL {
  return new URL(document.documentElement.dataset.base ?? '/', window.location.origin);
}

/** Deletes from `cacheName` the copies in `scope` that are not in `current`; returns how many. */
export async function pruneCache(cacheName: CacheName, current: ReadonlySet<string>, scope: PruneScope): Promise<number> {
  try {
    if (!window.isSecureContext || !('caches' in window) || !(await caches.has(cacheName))) return 0;
    const cache = await caches.open(cacheName);
    const cached = (await cache.keys()).map((request) => request.url);
    const stale = staleCachedUrls(cached, current, scope);
    await Promise.all(stale.map((url) => cache.delete(url)));
    return stale.length;
  } catch {
    return 0;
  }
}

/** After a search manifest is in: its locale's shards and texts that it does not name. */
export function pruneSearchFiles(manifest: SearchManifest): Promise<number> {
  const site = siteUrl();
  return pruneCache(CACHES.data, searchManifestFiles(manifest, site), searchFilesScope(site, manifest.locale));
}

/** After a complete offline download of `locale` (`downloaded`: URLs relative to the site root): its old search files and old build files. */
export async function pruneAfterDownload(locale: string, downloaded: readonly string[]): Promise<number> {
  const site = siteUrl();
  const current = new Set(downloaded.map((url) => new URL(url, site).href));
  const counts = await Promise.all([
    pruneCache(CACHES.data, current, searchFilesScope(site, locale)),
    pruneCache(CACHES.assets, current, buildAssetsScope(site)),
  ]);
  return counts[0]! + counts[1]!;
}
