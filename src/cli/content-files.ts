/** Reads the project's content and public folders for the content check (Node only). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { ContentFile } from '../lib/content/check/index.ts';

/** Every file under `dir`, recursively (an absent folder has none). */
export function walk(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const toPosix = (path: string) => path.split(sep).join('/');

/**
 * The content folder: `content/` in the project, or `VUNG_BUOC_CONTENT` (used by the benchmark's
 * generated corpus and by tests that build fixtures).
 */
export function contentDir(root: string): string {
  return process.env.VUNG_BUOC_CONTENT ? resolve(root, process.env.VUNG_BUOC_CONTENT) : join(root, 'content');
}

/**
 * Every file in the content folder, as `{ path, text }`. Paths read `content/<collection>/…`
 * whatever the folder is called, so messages and rules stay the same.
 */
export function readContentFiles(root: string): ContentFile[] {
  const dir = contentDir(root);
  return walk(dir)
    .filter((file) => /\.(md|ya?ml|json)$/i.test(file))
    .map((file) => ({ path: `content/${toPosix(relative(dir, file))}`, text: readFileSync(file, 'utf8') }));
}

/** Every file under `public/`, relative to it. */
export function readPublicFiles(root: string): Set<string> {
  return new Set(walk(join(root, 'public')).map((file) => toPosix(relative(join(root, 'public'), file))));
}
