/** The ready-built kit: the zip unpacks to a site that a plain static server serves. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { startServer } from '../../src/cli/serve.ts';
import { HOC_DIST, ROOT_DIST } from './support/sites.ts';

test('npm run pack makes checksummed zips that unpack to a working site', async ({ page }) => {
  test.setTimeout(120_000);
  const out = mkdtempSync(join(tmpdir(), 'vung-buoc-pack-'));
  try {
    execFileSync(process.execPath, ['src/cli/pack.ts', '--root', ROOT_DIST, '--hoc', HOC_DIST, '--out', out], { stdio: 'pipe' });
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8');
    expect(sums).toMatch(new RegExp(`^[0-9a-f]{64}  vung-buoc-${version.replace(/\./g, '\\.')}-root\\.zip\\n[0-9a-f]{64}  vung-buoc-${version.replace(/\./g, '\\.')}-hoc\\.zip\\n$`));
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' })).toContain('root.zip: OK');

    const files = unzipSync(readFileSync(join(out, `vung-buoc-${version}-root.zip`)));
    expect(new TextDecoder().decode(files['CAI-DAT-INSTALL.txt'])).toContain('python3 -m http.server 8080');
    const site = join(out, 'unzipped');
    for (const [name, bytes] of Object.entries(files)) {
      if (!name.startsWith('site/') || name.endsWith('/')) continue;
      const target = join(site, name.slice('site/'.length));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
    const server = await startServer({ dir: site, port: 0, host: '127.0.0.1', base: '/' });
    try {
      const { port } = server.address() as AddressInfo;
      await page.goto(`http://school.test:${port}/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.goto(`http://school.test:${port}/lessons/mua-ban-nguoi-la-gi/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mua bán người là gì?');
      await page.goto(`http://school.test:${port}/en/help/`);
      await expect(page.locator('main a[href="tel:111"]')).toBeVisible();
    } finally {
      server.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
