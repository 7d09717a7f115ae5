/**
 * The search files of one language in the build output, for "download for offline use". The
 * search index's format belongs to src/lib/search; when it changes (one file per language today;
 * a manifest and shards tomorrow), this function is the one place the offline download follows.
 */
import { searchIndexPath } from '../search/paths.ts';

/** Paths (inside the build output, `search-index/vi.json`) of `locale`'s search files among `paths`. */
export function searchIndexFiles(paths: readonly string[], locale: string): string[] {
  const index = searchIndexPath(locale).replace(/^\//, '');
  return paths.filter((path) => path === index);
}
