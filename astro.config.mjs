// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { offlineSupport } from './src/integrations/offline.ts';
import { buildProfile } from './src/integrations/profile.ts';
import { createHash } from 'node:crypto';
import { EARLY_SCRIPT } from './src/lib/safety/early-script.ts';
import { normalizeBase } from './src/lib/url/paths.ts';
import { DEFAULT_LOCALE, SITE_LOCALES } from './src/site.config.ts';

/** Build for a sub-path with `BASE_PATH=/hoc/ npm run build`. */
const base = normalizeBase(process.env.BASE_PATH);
const profile = buildProfile();

export default defineConfig({
  base,
  /** A second build (e.g. the /hoc/ variant for tests) can go to another folder. */
  outDir: process.env.VUNG_BUOC_OUT ?? './dist',
  /** Separate caches let two builds run side by side (tests, benchmarks). */
  cacheDir: process.env.VUNG_BUOC_CACHE ?? './node_modules/.astro',
  // Directory pages with trailing slashes work on nginx, Apache, IIS and `python3 -m http.server`
  // without rewrites.
  trailingSlash: 'always',
  // Eight pages in flight: building one page at a time left the build idle about 40% of the time
  // while each page was written to disk (measured on 500 lessons: the pages stage 12 s → 8 s with
  // four; eight took another 0.7 s off the 18.5 s build, twice, on a two-core machine).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // The languages come from the site configuration (the default one at the root).
  i18n: {
    locales: [...SITE_LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  // The profile's two parts open and close the build, so they time every stage between them.
  integrations: [profile.start, contentCheck(), react(), offlineSupport(), profile.end],
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
      ],
      scriptDirective: {
        // The one inline script (text size, discreet title before first paint), allowed by hash.
        hashes: [`sha256-${createHash('sha256').update(EARLY_SCRIPT).digest('base64')}`],
      },
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
});
