/** Runs the content check over a project folder with the site's own settings. */
import { checkContent } from '../lib/content/check.ts';
import type { Problem } from '../lib/validation/problems.ts';
import { siteConfig } from '../site.config.ts';
import { readContentFiles, readPublicFiles } from './content-files.ts';

export function runContentCheck(root: string): Problem[] {
  return checkContent(readContentFiles(root), {
    locales: siteConfig.locales,
    defaultLocale: siteConfig.locales[0]!,
    hotlineNumbers: siteConfig.hotlines.map((hotline) => hotline.number),
    publicFiles: readPublicFiles(root),
  });
}
