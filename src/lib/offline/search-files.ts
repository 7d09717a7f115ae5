/**
 * The search files of one language in the build output, for "download for offline use": the
 * manifest (`search-index/vi.json`) and the shards and lesson texts beside it
 * (`search-index/vi/…`), so any query and its snippets work offline. The index's format belongs
 * to src/lib/search; this function is the one place the offline download follows it.
 */
import { searchIndexPath } from '../search/paths.ts';

/** Paths (inside the build output) of `locale`'s search files among `paths`. */
export function searchIndexFiles(paths: readonly string[], locale: string): string[] {
  const manifest = searchIndexPath(locale).replace(/^\//, '');
  const folder = manifest.replace(/\.json$/, '/');
  return paths.filter((path) => path === manifest || path.startsWith(folder));
}
