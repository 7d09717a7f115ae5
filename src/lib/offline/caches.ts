/**
 * Where offline copies live, in one place for the service worker (src/integrations/offline.ts) and
 * the "download for offline use" button (src/scripts/offline.ts): a file downloaded on request
 * must land in the cache, and under the key, that the service worker reads it from.
 *
 * Workbox copies the route tests and the plugin below into sw.js as source text, so each must
 * stand alone: no names from outside its own body.
 */

/** Cache names; changing one orphans what learners have already downloaded. */
export const CACHES = { pages: 'vb-pages', data: 'vb-data', files: 'vb-files', assets: 'vb-assets', local: 'vb-local' } as const;
export type CacheName = (typeof CACHES)[keyof typeof CACHES];

/** What Workbox passes to a route test (the parts used here). */
export interface RouteInput {
  url: URL;
  request: { mode: string };
  sameOrigin: boolean;
}

/** Hashed build files (`/_astro/…`): they never change, so a cached copy is always right. */
export const isBuildAsset = ({ url }: Pick<RouteInput, 'url'>): boolean => url.pathname.includes('/_astro/');

/** `local.json`, which school IT edits in place. */
export const isLocalSettings = ({ url }: Pick<RouteInput, 'url'>): boolean => url.pathname.endsWith('/local.json');

/** Opening a page (a link, the address bar, a submitted form such as the header's search). */
export const isPageNavigation = ({ request }: Pick<RouteInput, 'request'>): boolean => request.mode === 'navigate';

/**
 * A search manifest (`/search-index/vi.json`): it names the shards of its own build, so online it
 * must come from the server (an old copy would send the page after shards a new build removed);
 * offline, the copy downloaded with its shards.
 */
export const isSearchManifestFile = ({ url }: Pick<RouteInput, 'url'>): boolean => /\/search-index\/[a-z]{2}\.json$/.test(url.pathname);

/**
 * Search shards and lesson texts (`/search-index/vi/s-….json`): their names carry a hash of their
 * content, so a cached copy is always right.
 */
export const isSearchFile = ({ url }: Pick<RouteInput, 'url'>): boolean => /\/search-index\/[a-z]{2}\/[^/]+\.json$/.test(url.pathname);

/** Data the pages fetch: search manifests, the offline list. */
export const isDataFile = ({ url }: Pick<RouteInput, 'url'>): boolean => url.pathname.endsWith('.json');

/** Any other file of the site (icons, the manifest). */
export const isOtherSiteFile = ({ url, sameOrigin }: Pick<RouteInput, 'url' | 'sameOrigin'>): boolean =>
  sameOrigin && !url.pathname.includes('/_astro/');

/**
 * Workbox plugin for pages: the cache key is the page's address without its query. Every page is
 * one static file whatever follows `?` — the query is read by the page's script (`/search/?q=…`
 * from the header's search form) — so one downloaded copy answers every query, and searching
 * online does not fill the cache with one copy per query.
 */
export const pageWithoutQuery = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }): Promise<Request | string> => {
    const url = new URL(request.url);
    if (!url.search) return request;
    url.search = '';
    return url.href;
  },
};

/**
 * The cache for a file the learner downloads: the one the service worker reads that file from.
 * Pages (`…/`, `….html`) are read by navigation, so they go with pages.
 */
export function cacheForDownload(url: URL): CacheName {
  if (isBuildAsset({ url })) return CACHES.assets;
  if (isLocalSettings({ url })) return CACHES.local;
  if (url.pathname.endsWith('/') || url.pathname.endsWith('.html')) return CACHES.pages;
  if (isDataFile({ url })) return CACHES.data;
  return CACHES.files;
}

