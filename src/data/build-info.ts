/**
 * Facts about this build for /about/ and the stale-copy banner: when it was built, which
 * content it carries (a short hash of content/), and which commit it came from.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentFiles } from '../cli/content-files.ts';

const root = process.cwd();

function gitCommit(): string | undefined {
  if (process.env.VUNG_BUOC_COMMIT) return process.env.VUNG_BUOC_COMMIT;
  try {
    return execFileSync('git', ['rev-parse', '--short=10', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return undefined;
  }
}

function contentHash(): string {
  const hash = createHash('sha256');
  for (const file of readContentFiles(root).sort((a, b) => a.path.localeCompare(b.path))) {
    hash.update(file.path).update('\0').update(file.text).update('\0');
  }
  return hash.digest('hex').slice(0, 8);
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

export const buildInfo = {
  /** ISO timestamp; `SOURCE_DATE_EPOCH` makes builds reproducible. */
  builtAt: process.env.SOURCE_DATE_EPOCH
    ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString()
    : new Date().toISOString(),
  /** Package version plus a hash of the content, e.g. `0.1.0+3fa2b1c9`. */
  contentVersion: `${pkg.version}+${contentHash()}`,
  commit: gitCommit(),
};
