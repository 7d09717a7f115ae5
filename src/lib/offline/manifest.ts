/**
 * What "download for offline use" fetches, per language: every page of that language, its
 * search index and the files pages use. Built from the list of files in the build output.
 */
export const OFFLINE_MANIFEST = 'offline-files.json';

export interface OfflineFile {
  /** Path inside the build output, with forward slashes: `lessons/a/index.html`. */
  path: string;
  bytes: number;
}

export interface OfflineManifest {
  version: string;
  locales: Record<string, { bytes: number; urls: string[] }>;
}

/** Files never worth downloading for offline reading. */
const SKIP = [/^sw\.js$/, /^404\.html$/, /\.map$/, /^local\.json$/, /^offline-files\.json$/];

/** The URL (relative to the site root) a file is served at: `lessons/a/index.html` → `lessons/a/`. */
export function fileUrl(path: string): string {
  if (path === 'index.html') return './';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Splits the build into per-language lists. English gets `en/…` pages; Vietnamese everything
 * else; both get shared files (scripts, styles, images, the neutral quick-exit page). Each
 * language also gets its search index: the manifest, every shard and every lesson text, so any
 * query works offline.
 */
export function buildOfflineManifest(files: readonly OfflineFile[], options: { version: string; locales?: readonly string[]; defaultLocale?: string }): OfflineManifest {
  const locales = options.locales ?? ['vi', 'en'];
  const defaultLocale = options.defaultLocale ?? 'vi';
  const others = locales.filter((l) => l !== defaultLocale);
  const out: OfflineManifest = { version: options.version, locales: {} };
  for (const locale of locales) out.locales[locale] = { bytes: 0, urls: [] };
  const add = (locale: string, file: OfflineFile) => {
    const list = out.locales[locale]!;
    list.urls.push(fileUrl(file.path));
    list.bytes += file.bytes;
  };
  for (const file of files) {
    if (SKIP.some((pattern) => pattern.test(file.path))) continue;
    // A language's search manifest and the shards and texts beside it.
    const searchIndex = /^search-index\/([a-z]{2})(?:\.json$|\/)/.exec(file.path);
    if (searchIndex) {
      if (out.locales[searchIndex[1]!]) add(searchIndex[1]!, file);
      continue;
    }
    const pageLocale = others.find((l) => file.path.startsWith(`${l}/`));
    if (pageLocale) {
      add(pageLocale, file);
      continue;
    }
    if (file.path.endsWith('.html')) {
      add(defaultLocale, file);
      // English track pages link untranslated lessons to their Vietnamese reading page.
      if (/^lessons\/[^/]+\/index\.html$/.test(file.path)) for (const l of others) add(l, file);
      continue;
    }
    for (const l of locales) add(l, file);
  }
  for (const list of Object.values(out.locales)) list.urls.sort();
  return out;
}
