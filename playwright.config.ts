import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/support/browser.ts';
import { HOC_DIST, HOC_PORT, ROOT_DIST, ROOT_PORT, SCHOOL } from './tests/e2e/support/sites.ts';

/**
 * Browser tests run against the built site on a real static server, reached through a
 * plain-HTTP hostname (school.test → 127.0.0.1) like a school's intranet server. Build first:
 * `npm run build:test` builds `dist/` and the `/hoc/` sub-path variant in `dist-hoc/`.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    baseURL: SCHOOL,
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: [
    {
      command: `node src/cli/serve.ts --dir ${ROOT_DIST} --port ${ROOT_PORT} --host 127.0.0.1`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node src/cli/serve.ts --dir ${HOC_DIST} --base /hoc/ --port ${HOC_PORT} --host 127.0.0.1`,
      url: `http://127.0.0.1:${HOC_PORT}/hoc/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
