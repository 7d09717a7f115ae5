/** Runs the content check over a project folder with the site's own settings. */
import { checkContent, quizCueReport, type CheckOptions } from '../lib/content/check/index.ts';
import type { Problem } from '../lib/validation/problems.ts';
import { siteConfig } from '../site.config.ts';
import { readContentFiles, readPublicFiles } from './content-files.ts';

function checkOptions(root: string): CheckOptions {
  return {
    locales: siteConfig.locales,
    defaultLocale: siteConfig.locales[0]!,
    hotlineNumbers: siteConfig.hotlines.map((hotline) => hotline.number),
    publicFiles: readPublicFiles(root),
  };
}

export function runContentCheck(root: string): Problem[] {
  return checkContent(readContentFiles(root), checkOptions(root));
}

/** Answer cues over the project's quizzes, per locale (printed after the check). */
export function runQuizCueReport(root: string) {
  return quizCueReport(readContentFiles(root), checkOptions(root));
}
