/** Runs the content check over a project folder with the site's own settings. */
import { checkContent, quizCueReport, type CheckOptions } from '../lib/content/check/index.ts';
import type { Problem } from '../lib/validation/problems.ts';
import { siteConfig } from '../site.config.ts';
import { readContentFiles, readPublicFiles } from './content-files.ts';

function checkOptions(root: string, parse?: CheckOptions['parse']): CheckOptions {
  return {
    ...(parse ? { parse } : {}),
    locales: siteConfig.locales,
    defaultLocale: siteConfig.locales[0]!,
    hotlineNumbers: siteConfig.hotlines.map((hotline) => hotline.number),
    publicFiles: readPublicFiles(root),
  };
}

/** `parse`: the build's shared parser, so the pages reuse the trees the check made. */
export function runContentCheck(root: string, parse?: CheckOptions['parse']): Problem[] {
  return checkContent(readContentFiles(root), checkOptions(root, parse));
}

/** Answer cues over the project's quizzes, per locale (printed after the check). */
export function runQuizCueReport(root: string) {
  return quizCueReport(readContentFiles(root), checkOptions(root));
}
