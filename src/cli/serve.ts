/**
 * Serves a built site folder (default `dist/`) with a real static server, the way a school's
 * web server would: directory `index.html` files, correct MIME types, no rewrites.
 *
 *   node src/cli/serve.ts [--dir dist] [--port 4321] [--host 0.0.0.0] [--base /hoc/]
 *
 * It listens on all interfaces by default so a trainer's laptop can serve a classroom; the
 * addresses to type on other devices are printed.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { normalizeBase } from '../lib/url/paths.ts';

export interface ServeOptions {
  dir: string;
  port: number;
  host: string;
  base: string;
  /** Extra files answered before the folder (tests use it to swap local.json). */
  overrides?: Map<string, { status: number; body: string; type?: string }>;
  quiet?: boolean;
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

/**
 * Sent with every response. Only a header can forbid other sites to frame a page (a CSP meta tag
 * cannot carry frame-ancestors): without it another origin could overlay /progress/ and trick a
 * learner into clicking. X-Frame-Options covers browsers older than frame-ancestors.
 */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "frame-ancestors 'self'",
  'x-frame-options': 'SAMEORIGIN',
} as const;

export function startServer(options: ServeOptions) {
  const base = normalizeBase(options.base);
  // Re-read files on every request (sirv's `dev` mode), as nginx or Apache would: school IT may
  // edit local.json, or a new build may land, while the server runs. ETags keep reloads cheap.
  const files = sirv(options.dir, { dev: true, etag: true, extensions: ['html'], dotfiles: false });
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // The README's server examples send the same headers, on every response.
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const override = options.overrides?.get(url.pathname);
    if (override) {
      res.writeHead(override.status, { 'content-type': override.type ?? 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(override.body);
      return;
    }
    if (!url.pathname.startsWith(base)) {
      if (`${url.pathname}/` === base) {
        res.writeHead(301, { location: base });
        res.end();
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    // Like nginx and Apache: a folder without its trailing slash redirects to it.
    const inner = url.pathname.slice(base.length - 1);
    const onDisk = resolve(options.dir, `.${decodeURIComponent(inner)}`);
    if (!inner.endsWith('/') && existsSync(onDisk) && statSync(onDisk).isDirectory()) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    req.url = `${inner}${url.search}`;
    files(req, res, () => {
      const notFound = resolve(options.dir, '404.html');
      const page = existsSync(notFound);
      res.writeHead(404, { 'content-type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' });
      res.end(page ? readFileSync(notFound) : 'Not found');
    });
  });
  return new Promise<typeof server>((resolvePromise) => {
    server.listen(options.port, options.host, () => resolvePromise(server));
  });
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((info): info is NonNullable<typeof info> => Boolean(info && info.family === 'IPv4' && !info.internal))
    .map((info) => info.address);
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const dir = resolve(option(args, 'dir') ?? 'dist');
  const port = Number(option(args, 'port') ?? process.env.PORT ?? 4321);
  const host = option(args, 'host') ?? '0.0.0.0';
  const base = option(args, 'base') ?? process.env.BASE_PATH ?? '/';
  if (!existsSync(resolve(dir, 'index.html'))) {
    console.error(`No built site in ${dir}. Run "npm run build" first (or "npm start", which builds and serves).`);
    process.exit(1);
  }
  await startServer({ dir, port, host, base });
  const path = normalizeBase(base);
  console.log(`Vững Bước is being served from ${dir}`);
  console.log(`  On this computer:   http://localhost:${port}${path}`);
  for (const address of lanAddresses()) console.log(`  On the local network: http://${address}:${port}${path}`);
  console.log('Press Ctrl+C to stop.');
}
