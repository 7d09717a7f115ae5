/**
 * Finds a Chromium for Playwright: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
 * Playwright's own download. Fails with a message that says how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  throw new Error(
    'No Chromium found for the browser tests. Install Debian\'s package (sudo apt-get install -y chromium), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

/** Flags for headless Chromium on a closed network, plus the plain-HTTP school hostname. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // A school intranet address that is not a secure context, mapped to this machine.
  '--host-resolver-rules=MAP school.test 127.0.0.1',
];
