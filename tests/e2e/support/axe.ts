/** Runs axe-core on the current page and returns violations of serious or critical impact. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe judges a page at rest. A fade caught halfway (the deck's controls fade out after 2.5 s
 * idle) reads as low contrast, so while axe runs, motion is reduced (the site's own rule makes
 * every transition instant) and any transition already running is let finish. The page's motion
 * setting is put back afterwards.
 */
export async function seriousViolations(page: Page, options: { exclude?: string[] } = {}) {
  const reduced = await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches);
  if (!reduced) await page.emulateMedia({ reducedMotion: 'reduce' });
  try {
    await page.evaluate(() =>
      Promise.race([
        Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))),
        new Promise((resolve) => setTimeout(resolve, 2_000)),
      ]),
    );
    let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
    for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
    const results = await builder.analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  } finally {
    if (!reduced) await page.emulateMedia({ reducedMotion: 'no-preference' });
  }
}
