import { expect, test } from '@playwright/test';
import { serveCopy } from './support/temp-site.ts';

test.describe('local.json edited by school IT', () => {
  test('local contacts appear on the help page and the exit goes where IT set it', async ({ page }) => {
    const site = await serveCopy({
      files: {
        'local.json': JSON.stringify({
          contacts: [
            { name: 'Công an xã Lũng Cú', role: 'Tiếp nhận tin báo', phone: '0219 3861 113', hours: '24/7' },
            { name: 'Cô Hoa — tư vấn học đường', address: 'Phòng 12, nhà B' },
          ],
          quickExitUrl: '/cong-thuc/?from=local',
        }),
      },
    });
    try {
      await page.goto(`${site.url}help/`);
      const contacts = page.locator('#local-contacts');
      await expect(contacts.getByText('Công an xã Lũng Cú')).toBeVisible();
      await expect(contacts.locator('a[href="tel:02193861113"]')).toHaveText('0219 3861 113');
      await expect(contacts.getByText('Cô Hoa — tư vấn học đường')).toBeVisible();
      await expect(contacts.getByText('Trường hoặc địa phương chưa thêm liên hệ riêng.')).toBeHidden();

      await page.goto(`${site.url}about/`);
      await expect(page.locator('[data-local-status]')).toHaveText('Đã đọc local.json: 2 liên hệ địa phương.');
      await page.getByRole('link', { name: /Thoát nhanh/ }).click();
      await expect(page).toHaveURL(/\/cong-thuc\/\?from=local$/);
    } finally {
      await site.close();
    }
  });

  test('a corrupt local.json is ignored, the page keeps working, and /about/ says why', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const site = await serveCopy({ files: { 'local.json': '{ "contacts": [ { "name": "Công an xã", } ' } });
    try {
      await page.goto(`${site.url}help/`);
      await expect(page.getByText('Trường hoặc địa phương chưa thêm liên hệ riêng.')).toBeVisible();
      await expect(page.locator('main a[href="tel:111"]')).toBeVisible();

      await page.goto(`${site.url}about/`);
      await expect(page.locator('[data-local-status]')).toContainText('Tệp local.json có lỗi nên đã bị bỏ qua.');
      await expect(page.locator('[data-local-problems]')).toContainText('local.json  (root)  tệp không đúng định dạng JSON');

      await page.getByRole('link', { name: /Thoát nhanh/ }).click();
      await expect(page).toHaveURL(/\/cong-thuc\/$/);
      expect(errors).toEqual([]);
    } finally {
      await site.close();
    }
  });

  test('a missing local.json is fine', async ({ page }) => {
    const site = await serveCopy({ files: { 'local.json': null } });
    try {
      await page.goto(`${site.url}about/`);
      await expect(page.locator('[data-local-status]')).toHaveText('Chưa có tệp local.json — trang dùng cài đặt mặc định.');
    } finally {
      await site.close();
    }
  });
});
