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

  for (const [what, value] of [
    ['a backslash', '/\\evil.example/'],
    ['a tab', '/\t/evil.example/'],
    ['a newline', '/\n/evil.example/'],
  ]) {
    test(`a quick-exit path with ${what} that a browser reads as another site falls back to the neutral page`, async ({ page }) => {
      const elsewhere: string[] = [];
      // Nothing may leave the machine: record and stop any request to the hostile host.
      await page.route(/evil\.example/, (route) => {
        elsewhere.push(route.request().url());
        return route.abort();
      });
      const site = await serveCopy({ files: { 'local.json': JSON.stringify({ quickExitUrl: value }) } });
      try {
        await page.goto(`${site.url}about/`);
        // /about/ reads local.json at once; quick exit uses what it read.
        await expect(page.locator('[data-local-status]')).not.toHaveText('Đang kiểm tra local.json…');
        await page.getByRole('link', { name: /Thoát nhanh/ }).click();
        await expect(page).toHaveURL(`${site.url}cong-thuc/`);
        expect(elsewhere).toEqual([]);

        await page.goto(`${site.url}about/`);
        await expect(page.locator('[data-local-status]')).toContainText('Tệp local.json có lỗi nên đã bị bỏ qua.');
        await expect(page.locator('[data-local-problems]')).toContainText('local.json  quickExitUrl  địa chỉ thoát nhanh phải là');
      } finally {
        await site.close();
      }
    });
  }

  test('/about/ warns when quick exit goes to one of the site\'s own topic pages', async ({ page }) => {
    const site = await serveCopy({ files: { 'local.json': JSON.stringify({ quickExitUrl: '/help/' }) } });
    try {
      await page.goto(`${site.url}about/`);
      await expect(page.locator('[data-exit-warning]')).toHaveText(
        'Lưu ý: nút Thoát nhanh đang dẫn tới /help/, một trang của chính trang học này. Người đứng cạnh vẫn thấy chủ đề đang học. Hãy đặt quickExitUrl trong local.json là một trang trung lập, ví dụ "/cong-thuc/" hoặc "https://www.google.com/".',
      );
      await page.goto(`${site.url}en/about/`);
      await expect(page.locator('[data-exit-warning]')).toHaveText(
        'Note: the quick-exit button goes to /help/, a page of this learning site itself, so someone nearby still sees the topic. Set quickExitUrl in local.json to a neutral page, such as "/cong-thuc/" or "https://www.google.com/".',
      );
    } finally {
      await site.close();
    }
  });

  test('/about/ stays quiet when quick exit goes to a neutral page', async ({ page }) => {
    const site = await serveCopy({ files: { 'local.json': JSON.stringify({ quickExitUrl: '/cong-thuc/?from=local' }) } });
    try {
      await page.goto(`${site.url}about/`);
      await expect(page.locator('[data-local-status]')).toHaveText('Đã đọc local.json: 0 liên hệ địa phương.');
      await expect(page.locator('[data-exit-warning]')).toBeHidden();
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
