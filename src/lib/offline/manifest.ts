/**
 * What "download for offline use" fetches, per language: the lessons (reading pages and slides),
 * the search files and the other pages a learner opens, with the scripts, styles and images they
 * use — not the print variants, not the presenter views, and not the English copies of
 * Vietnamese text (an untranslated lesson's English pages are short notices; its Vietnamese
 * pages are what the English track links to). Lessons are grouped by track, so a phone with
 * little space can take one track only. Built from the list of files in the build output.
 */
import { searchIndexFiles } from './search-files.ts';

export const OFFLINE_MANIFEST = 'offline-files.json';

export interface OfflineFile {
  /** Path inside the build output, with forward slashes: `lessons/a/index.html`. */
  path: string;
  bytes: number;
}

/** Some files to download: their URLs (relative to the site root) and their total size. */
export interface OfflineGroup {
  bytes: number;
  urls: string[];
}

export interface OfflineLanguage {
  /** What every download takes: the language's other pages, shared files and search files. */
  common: OfflineGroup;
  /** Each track's lessons. A lesson belongs to one track, so groups never overlap. */
  tracks: Record<string, OfflineGroup>;
}

export interface OfflineManifest {
  version: string;
  locales: Record<string, OfflineLanguage>;
}

/** A lesson as a language's track lists it. */
export interface OfflineLesson {
  slug: string;
  /** False when the language shows the default language's text (an untranslated lesson). */
  translated: boolean;
}

export interface OfflineManifestOptions {
  version: string;
  /** Languages built, the default (at the site root) first. */
  locales: readonly string[];
  /** Per language, per track, its lessons in order. */
  lessons: Record<string, Record<string, readonly OfflineLesson[]>>;
}

/** Files never worth downloading for offline reading. */
const SKIP = [/^sw\.js$/, /^404\.html$/, /\.map$/, /^local\.json$/, /^offline-files\.json$/];

/** Pages a learner does not open: papers to print, and the trainer's presenter view. */
const NOT_FOR_LEARNERS = [/(^|\/)print\//, /\/slides\/presenter\//];

/** The URL (relative to the site root) a file is served at: `lessons/a/index.html` → `lessons/a/`. */
export function fileUrl(path: string): string {
  if (path === 'index.html') return './';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The reading page and slides of a lesson in one language's folder (`` or `en/`). */
function lessonFiles(prefix: string, slug: string): string[] {
  return [`${prefix}lessons/${slug}/index.html`, `${prefix}lessons/${slug}/slides/index.html`];
}

/** Splits the build into what each language's download fetches (see the module comment). */
export function buildOfflineManifest(files: readonly OfflineFile[], options: OfflineManifestOptions): OfflineManifest {
  const [defaultLocale = 'vi', ...others] = options.locales;
  const prefix = (locale: string) => (locale === defaultLocale ? '' : `${locale}/`);
  const bytes = new Map(files.map((file) => [file.path, file.bytes]));
  const paths = files.map((file) => file.path);
  const searchFiles = new Map(options.locales.map((locale) => [locale, searchIndexFiles(paths, locale)]));
  const anySearchFile = new Set([...searchFiles.values()].flat());
  const group = (list: readonly string[]): OfflineGroup => {
    const present = [...new Set(list)].filter((path) => bytes.has(path)).sort();
    return { bytes: present.reduce((sum, path) => sum + bytes.get(path)!, 0), urls: present.map(fileUrl) };
  };

  const out: OfflineManifest = { version: options.version, locales: {} };
  for (const locale of options.locales) {
    const tracks: Record<string, OfflineGroup> = {};
    const inTracks = new Set<string>();
    for (const [track, lessons] of Object.entries(options.lessons[locale] ?? {})) {
      const list = lessons.flatMap(({ slug, translated }) =>
        translated || locale === defaultLocale
          ? lessonFiles(prefix(locale), slug)
          : // The language's notice (search results link to it) and the default language's pages it points to.
            [`${prefix(locale)}lessons/${slug}/index.html`, ...lessonFiles('', slug)],
      );
      list.forEach((path) => inTracks.add(path));
      tracks[track] = group(list);
    }
    const common = paths.filter((path) => {
      if (SKIP.some((pattern) => pattern.test(path)) || NOT_FOR_LEARNERS.some((pattern) => pattern.test(path))) return false;
      if (anySearchFile.has(path)) return false;
      if (inTracks.has(path) || /^([a-z]{2}\/)?lessons\//.test(path)) return false;
      const pageLocale = others.find((other) => path.startsWith(`${other}/`));
      if (pageLocale) return pageLocale === locale;
      // The default language's pages go with it; shared files (scripts, styles, images) with every language.
      return !path.endsWith('.html') || locale === defaultLocale;
    });
    out.locales[locale] = { common: group([...common, ...(searchFiles.get(locale) ?? [])]), tracks };
  }
  return out;
}

/** "Every lesson", or one track's lessons only. */
export type OfflineChoice = { kind: 'all' } | { kind: 'track'; track: string };

/** What a choice downloads in one language: the common files and the chosen tracks' lessons. */
export function offlinePlan(language: OfflineLanguage, choice: OfflineChoice): OfflineGroup {
  const tracks = choice.kind === 'all' ? Object.values(language.tracks) : [language.tracks[choice.track] ?? { bytes: 0, urls: [] }];
  return {
    bytes: tracks.reduce((sum, track) => sum + track.bytes, language.common.bytes),
    urls: [...language.common.urls, ...tracks.flatMap((track) => track.urls)],
  };
}
