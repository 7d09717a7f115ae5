import { expect, test } from '@playwright/test';
import { progressRecord, readIndex, storeProgress, wholeTrack } from './support/progress-seed.ts';

/** Pages in a PDF made by Chromium: one `/Type /Page` object each (`/Pages` is the tree). */
const pdfPageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

test('a learner who finished a track prints the certificate on one A4 page', async ({ page }) => {
  const index = await readIndex(page);
  await storeProgress(page, progressRecord(index, [{ id: 'LanLanLanLA', nickname: 'Lan', quizzes: wholeTrack(index, 'student') }]));
  // The print dialog cannot be driven in a test: record the call instead of opening it.
  await page.addInitScript(() => {
    window.print = () => {
      (window as { printed?: number }).printed = ((window as { printed?: number }).printed ?? 0) + 1;
    };
  });
  await page.goto('/progress/');

  const section = page.locator('.certificate-section');
  await expect(section.getByRole('heading', { name: 'Giấy chứng nhận' })).toBeVisible();
  await section.getByLabel('Tên in trên giấy').fill('Nguyễn Thị Lan');
  await section.getByRole('button', { name: 'In giấy chứng nhận' }).click();
  await expect.poll(() => page.evaluate(() => (window as { printed?: number }).printed)).toBe(1);
  // Not remembered unless the learner chose it.
  expect(await page.evaluate(() => localStorage.getItem('vungbuoc:certificate-name'))).toBeNull();

  await page.emulateMedia({ media: 'print' });
  const certificate = page.locator('[data-certificate]');
  await expect(certificate).toBeVisible();
  await expect(certificate.locator('.certificate-heading')).toHaveText('Giấy chứng nhận hoàn thành khoá học');
  await expect(certificate.locator('.certificate-name')).toHaveText('Nguyễn Thị Lan');
  await expect(certificate).toContainText('“Học sinh”');
  await expect(certificate.locator('.certificate-lessons li')).toHaveCount(index.tracks.student!.length);
  await expect(certificate).toContainText('Phiên bản nội dung:');
  await expect(certificate).toContainText('Mã không chống được việc giả mạo.');
  await expect(certificate.locator('.certificate-code')).toHaveText(/^VB1-[A-Za-z0-9_-]+$/);
  // Only the certificate is visible on paper.
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByRole('button', { name: 'In giấy chứng nhận' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();

  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdfPageCount(pdf)).toBe(1);
});
