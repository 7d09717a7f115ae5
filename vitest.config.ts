import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    // A few tests read the whole curriculum or run `npm run new:lesson` in a child process: about
    // a second on an idle machine, but past Vitest's 5 s default on a busy 2-CPU one. A hung test
    // still fails, after 30 s.
    testTimeout: 30_000,
  },
});
