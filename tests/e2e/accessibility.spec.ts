/** Skip link, visible focus and the plain-HTTP school address (axe runs in a11y-sweep.spec.ts). */
import { expect, test } from '@playwright/test';

test('keyboard: the skip link moves focus to the main content, focus is visible', async ({ page }) => {
  await page.goto('/lessons/mua-ban-nguoi-la-gi/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  const focusedInMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
  expect(focusedInMain).toBe(true);
});

test('the plain-HTTP school address is not a secure context, and pages still work there', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  await page.goto('/lessons/mua-ban-nguoi-la-gi/');
  await expect(page.locator('main h1')).toHaveText('Mua bán người là gì?');
  await page.goto('/help/');
  await expect(page.locator('main h1')).toHaveText('Trợ giúp');
  expect(errors).toEqual([]);
});
