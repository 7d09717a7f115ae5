/**
 * The README's nginx example, run for real: Debian's nginx on a loopback port serves a
 * `BASE_PATH=/hoc/` build the way a province's server would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { crawlLinks, visitPages } from './support/crawl.ts';
import { frameFromAnotherOrigin } from './support/framing.ts';
import { HOC_DIST } from './support/sites.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
const PORT = Number(process.env.E2E_NGINX_PORT ?? 4419);

/** The nginx block from README.md, between its markers. */
function readmeConfig(): string {
  const readme = readFileSync('README.md', 'utf8');
  const block = /<!-- nginx-example:start -->\s*```nginx\n([\s\S]*?)```\s*<!-- nginx-example:end -->/.exec(readme);
  if (!block) throw new Error('README.md has no nginx example between its markers');
  return block[1]!;
}

let nginx: ChildProcess | undefined;
let prefix = '';

// One nginx on one port for the whole file: its tests must not run in two workers at once
// (a second worker's beforeAll could not bind the port, and its afterAll would stop the first's).
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.skip(!NGINX, 'nginx is not installed (bash .ci/run installs it)');
  prefix = mkdtempSync(join(tmpdir(), 'vung-buoc-nginx-'));
  const www = join(prefix, 'www');
  mkdirSync(join(www, 'hoc'), { recursive: true });
  cpSync(HOC_DIST, join(www, 'hoc'), { recursive: true });
  for (const dir of ['logs', 'tmp']) mkdirSync(join(prefix, dir));
  const site = readmeConfig().replace('listen 80;', `listen 127.0.0.1:${PORT};`).replace('root /var/www/html;', `root ${www};`);
  expect(site).toContain(`listen 127.0.0.1:${PORT};`);
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      asRoot ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'logs', 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${join(prefix, 'tmp', name)};`),
      site,
      '}',
    ].join('\n'),
  );
  chmodSync(prefix, 0o755);
  nginx = spawn(NGINX!, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  for (let i = 0; i < 50; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/hoc/`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not start: ${stderr}`);
});

test.afterAll(() => {
  nginx?.kill('SIGQUIT');
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

/** Node's fetch cannot resolve school.test; the browser can (see playwright.config.ts). */
const BASE = `http://127.0.0.1:${PORT}/hoc/`;

test('nginx serves the /hoc/ build with no broken link, no outside request and no CSP violation', async ({ page }) => {
  test.setTimeout(180_000);
  const links = await crawlLinks(BASE, { mustStayUnder: '/hoc/' });
  expect(links.broken).toEqual([]);
  expect(links.outside).toEqual([]);
  expect(links.escaped).toEqual([]);
  expect(links.pages.length).toBeGreaterThan(100);
  const school = (path: string) => `http://school.test:${PORT}/hoc/${path}`;
  const visit = await visitPages(page, [school(''), school('lessons/mua-ban-nguoi-la-gi/'), school('help/'), school('en/about/'), school('progress/')]);
  expect(visit).toEqual({ outside: [], failed: [], cspViolations: [], errors: [] });
});

test('nginx sends the recommended headers, types and caching', async ({ request }) => {
  const home = await request.get(BASE);
  expect(home.headers()['x-content-type-options']).toBe('nosniff');
  expect(home.headers()['referrer-policy']).toBe('no-referrer');
  expect(home.headers()['permissions-policy']).toContain('camera=()');
  expect(home.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
  expect(home.headers()['x-frame-options']).toBe('SAMEORIGIN');
  expect(home.headers()['cache-control']).toBe('no-cache');
  expect(home.headers()['content-type']).toContain('text/html');

  const manifest = await request.get(`${BASE}manifest.webmanifest`);
  expect(manifest.headers()['content-type']).toBe('application/manifest+json');
  const sw = await request.get(`${BASE}sw.js`);
  expect(sw.headers()['content-type']).toContain('javascript');
  expect(sw.headers()['cache-control']).toBe('no-cache');
  const local = await request.get(`${BASE}local.json`);
  expect(local.headers()['content-type']).toContain('application/json');

  const html = await home.text();
  const asset = /\/hoc\/_astro\/[^"]+\.css/.exec(html)![0];
  const css = await request.get(`http://127.0.0.1:${PORT}${asset}`);
  expect(css.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  const folder = await request.get(`http://127.0.0.1:${PORT}/hoc/help`, { maxRedirects: 0 });
  expect(folder.status()).toBe(301);
  expect(folder.headers().location).toBe('/hoc/help/');

  const missing = await request.get(`${BASE}khong-co/`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Không tìm thấy trang');
  expect(missing.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
  expect(missing.headers()['x-frame-options']).toBe('SAMEORIGIN');
});

test('a page on another origin cannot frame /progress/ from nginx', async ({ page }) => {
  const target = `http://school.test:${PORT}/hoc/progress/`;
  const framed = await frameFromAnotherOrigin(page, target);
  expect(framed.framedHeading).toBeNull();
  expect(framed.frameUrl).not.toBe(target);
});
