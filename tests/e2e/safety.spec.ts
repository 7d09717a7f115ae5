import { expect, test } from '@playwright/test';

test.describe('quick exit', () => {
  test('the button replaces the page, and Back does not return to it', async ({ page }) => {
    await page.goto('/');
    await page.goto('/help/');
    await page.getByRole('link', { name: /Thoát nhanh/ }).click();
    await expect(page).toHaveURL(/\/cong-thuc\/$/);
    await expect(page).toHaveTitle('Cách nấu canh chua cá');
    await expect(page.locator('a')).toHaveCount(0);
    await page.goBack();
    // The help page was replaced in history: Back lands on the page before it.
    await expect(page).toHaveURL(/\/$/);
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test('Shift pressed three times exits', async ({ page }) => {
    await page.goto('/');
    await page.goto('/lessons/mua-ban-nguoi-la-gi/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(/\/cong-thuc\/$/);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test('Shift, a letter, Shift, Shift does not exit (typing a capitalised name)', async ({ page }) => {
    await page.goto('/lessons/mua-ban-nguoi-la-gi/');
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).focus();
    await page.keyboard.press('Shift');
    await page.keyboard.press('N');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    // Quick exit marks the page `is-exiting` in the same key handler that navigates: no mark, no exit.
    await expect(page.locator('html')).not.toHaveClass(/is-exiting/);
    await expect(page).toHaveURL(/\/lessons\/mua-ban-nguoi-la-gi\/$/);
  });

  test('Escape never exits', async ({ page }) => {
    await page.goto('/help/');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveClass(/is-exiting/);
    await expect(page).toHaveURL(/\/help\/$/);
  });
});

test.describe('help', () => {
  test('every page carries one-tap hotlines', async ({ page }) => {
    for (const path of ['/', '/tracks/student/', '/lessons/mua-ban-nguoi-la-gi/', '/about/', '/en/']) {
      await page.goto(path);
      await expect(page.locator('.help-strip a[href="tel:111"]')).toBeVisible();
      await expect(page.locator('.help-strip a[href="tel:113"]')).toBeVisible();
      await expect(page.locator('[data-quick-exit]')).toBeVisible();
    }
  });

  test('the help page explains the hotlines with tel: links', async ({ page }) => {
    await page.goto('/help/');
    await expect(page.locator('main a[href="tel:111"]')).toBeVisible();
    await expect(page.locator('main a[href="tel:113"]')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Khi bạn gọi 111' })).toBeVisible();
    await expect(page.getByText('Cuộc gọi được ghi âm tự động')).toBeVisible();
    await expect(page.getByRole('heading', { name: /Xoá lịch sử duyệt web/ })).toBeVisible();
    await expect(page.getByText('Trường hoặc địa phương chưa thêm liên hệ riêng.')).toBeVisible();
  });

  test('inside Zalo the page suggests the phone\'s own browser', async ({ browser }) => {
    const context = await browser.newContext({ userAgent: 'Mozilla/5.0 (Linux; Android 12; SM-A125F) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36 Zalo android/12110683 ZaloTheme/light' });
    const page = await context.newPage();
    await page.goto('/');
    const hint = page.locator('#in-app-hint');
    await expect(hint).toBeVisible();
    await hint.getByRole('button', { name: 'Đã hiểu' }).click();
    await expect(hint).toBeHidden();
    await page.reload();
    await expect(hint).toBeHidden();
    await context.close();
  });

  test('an ordinary browser sees no in-app hint and no stale banner', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#in-app-hint')).toBeHidden();
    await expect(page.locator('#stale-banner')).toBeHidden();
  });

  test('a copy older than twelve months shows a gentle banner', async ({ page }) => {
    await page.clock.install({ time: new Date(Date.now() + 400 * 24 * 3600 * 1000) });
    await page.goto('/');
    await expect(page.locator('#stale-banner')).toBeVisible();
  });
});
