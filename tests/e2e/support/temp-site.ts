/**
 * A private copy of a built site on its own static server, for tests that change files in the
 * built folder the way school IT would (e.g. local.json).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { startServer } from '../../../src/cli/serve.ts';
import { ROOT_DIST } from './sites.ts';

export async function serveCopy(options: { from?: string; base?: string; files?: Record<string, string | null>; host?: 'school.test' | 'localhost' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'vung-buoc-site-'));
  cpSync(options.from ?? ROOT_DIST, dir, { recursive: true });
  for (const [name, content] of Object.entries(options.files ?? {})) {
    if (content === null) rmSync(join(dir, name), { force: true });
    else writeFileSync(join(dir, name), content);
  }
  const server = await startServer({ dir, port: 0, host: '127.0.0.1', base: options.base ?? '/' });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? 'school.test'}:${port}${options.base ?? '/'}`,
    dir,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
