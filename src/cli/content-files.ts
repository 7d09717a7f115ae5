/** Reads the project's content and public folders for the content check (Node only). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from '../lib/content/check.ts';

function walk(dir: string): string[] {
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

/** Every file under `content/`, as `{ path, text }` with project-relative POSIX paths. */
export function readContentFiles(root: string): ContentFile[] {
  return walk(join(root, 'content'))
    .filter((file) => /\.(md|ya?ml|json)$/i.test(file))
    .map((file) => ({ path: toPosix(relative(root, file)), text: readFileSync(file, 'utf8') }));
}

/** Every file under `public/`, relative to it. */
export function readPublicFiles(root: string): Set<string> {
  return new Set(walk(join(root, 'public')).map((file) => toPosix(relative(join(root, 'public'), file))));
}
