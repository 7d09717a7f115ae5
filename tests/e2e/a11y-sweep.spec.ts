/**
 * Accessibility sweep: axe on every page type, in light and dark, on a 360 px phone and on a
 * desktop screen; a keyboard-only journey with visible focus; the text-size control; and
 * reduced motion respected.
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { LESSON_QUIZ } from './support/quiz.ts';

const PAGE_TYPES = [
  '/',
  '/tracks/student/',
  '/lessons/viec-nhe-luong-cao/',
  '/lessons/viec-nhe-luong-cao/slides/',
  '/lessons/viec-nhe-luong-cao/slides/presenter/',
  '/search/?q=viec+lam',
  '/progress/',
  '/class/',
  '/sessions/',
  '/sessions/tiet-hoc-45-phut/',
  '/sessions/tiet-hoc-45-phut/report/',
  '/reports/',
  '/quizzes/tiet-hoc-truoc/',
  '/help/',
  '/about/',
  '/en/',
  '/en/lessons/viec-nhe-luong-cao/',
  '/offline/',
];

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, viewport] of [['phone', { width: 360, height: 740 }], ['desktop', { width: 1280, height: 800 }]] as const) {
    test(`axe: no serious issue on any page type — ${scheme}, ${name}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      const found: string[] = [];
      for (const path of PAGE_TYPES) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        for (const violation of await seriousViolations(page)) found.push(`${path}: ${violation}`);
      }
      expect(found).toEqual([]);
    });
  }
}

async function focusIsVisible(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}

/** Presses Tab until `predicate` holds for the focused element (with a limit), checking focus stays visible. */
async function tabTo(page: Page, predicate: string, limit = 80) {
  // After a link was followed, the new page's stylesheet must be in before its focus ring is judged.
  await page.waitForLoadState('load');
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    expect(await focusIsVisible(page), `focus visible at step ${i}`).toBe(true);
    if (await page.evaluate((source) => new Function('el', `return ${source}`)(document.activeElement), predicate)) return;
  }
  throw new Error(`never reached ${predicate}`);
}

test('keyboard only: home → lesson → quiz → progress → slides, focus always visible', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await tabTo(page, "el.matches('a.card__link') && el.textContent.includes('Học sinh')");
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tracks\/student\/$/);
  await tabTo(page, "el.matches('a.lesson-title')");
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lessons\/mua-ban-nguoi-la-gi\/$/);

  await tabTo(page, "el.matches('section.quiz input')", 200);
  await expect(page.locator('section.quiz')).toHaveAttribute('data-hydrated', 'true');
  // Answer every question from the keyboard: Space picks an option, Tab moves to the next group.
  const total = LESSON_QUIZ.questions.length;
  for (let i = 0; i < total; i++) {
    await page.keyboard.press('Space');
    if (i < total - 1) await tabTo(page, "el.matches('section.quiz input') && !el.closest('fieldset').querySelector('input:checked')");
  }
  await tabTo(page, "el.matches('section.quiz button[type=submit]')");
  await page.keyboard.press('Enter');
  await expect(page.locator('.quiz-summary')).toBeFocused();

  await page.goto('/progress/');
  await expect(page.locator('[data-quiz-row="mua-ban-nguoi-la-gi"]')).toBeVisible();
  await tabTo(page, "el.id === 'code-name'");
  await page.keyboard.type('Lan');
  await tabTo(page, "el.matches('button') && el.textContent.includes('Tạo mã tiến độ')");
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Mã tiến độ', exact: true })).toBeFocused();

  await page.goto('/lessons/mua-ban-nguoi-la-gi/slides/');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#2$/);
});

test('the text-size control enlarges text and is remembered', async ({ page }) => {
  await page.goto('/lessons/mua-ban-nguoi-la-gi/');
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.lesson-body p')!).fontSize));
  const before = await size();
  await page.getByRole('button', { name: 'Chữ rất lớn' }).click();
  await expect(page.getByRole('button', { name: 'Chữ rất lớn' })).toHaveAttribute('aria-pressed', 'true');
  expect(await size()).toBeCloseTo(before * 1.3, 0);
  await page.goto('/help/');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
  await page.getByRole('button', { name: 'Chữ thường' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-text-size', /./);
});

test('reduced motion turns off smooth scrolling and animation', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/lessons/mua-ban-nguoi-la-gi/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.reload();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});
