import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { LOCALHOST, SCHOOL_HOC } from './support/sites.ts';
import { progressRecord, readIndex, storeProgress, wholeTrack, type SeedProfile, type SiteIndex } from './support/progress-seed.ts';

const FIRST_LESSON = 'mua-ban-nguoi-la-gi';
/** Lessons in the student track, from the built site's own index (the curriculum grows). */
const studentCount = (index: SiteIndex) => index.tracks.student!.length;

/** A learner on their own phone: seeds progress, presses "Tạo mã tiến độ" and copies the code. */
async function learnerCode(browser: Browser, index: SiteIndex, profile: SeedProfile): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto('/about/');
    await storeProgress(page, progressRecord(index, [profile]));
    await page.goto('/progress/');
    // Consent: no code exists until the learner asks for one, and the page says to send it privately.
    await expect(page.getByText(/Hãy gửi riêng cho thầy cô/)).toBeVisible();
    const field = page.getByRole('textbox', { name: 'Mã tiến độ', exact: true });
    await expect(field).toHaveCount(0);
    await page.getByRole('button', { name: 'Tạo mã tiến độ' }).click();
    await expect(field).toHaveValue(/^VB1-/);
    // The Clipboard API does not exist on a plain-HTTP school server: read the field, as a learner selects it.
    return await field.inputValue();
  } finally {
    await context.close();
  }
}

/** Changes one character in the middle of a code, as a mistyped or mangled code. */
function corrupt(code: string): string {
  const at = Math.floor(code.length / 2);
  return `${code.slice(0, at)}${code[at] === 'x' ? 'y' : 'x'}${code.slice(at + 1)}`;
}

const tableRows = (page: Page) => page.locator('[data-class-table] tbody tr');
const nicknamesInTable = (page: Page) => page.locator('[data-class-table] tbody tr th');

test.describe("teacher's class view", () => {
  test('three learners send codes in a chat; the teacher gets three rows, one error, class figures, CSV and a print view', async ({ browser, page }) => {
    // Four browsers (three learners and one whose code gets mangled) before the teacher starts.
    test.setTimeout(90_000);
    const index = await readIndex(page);
    const lan = await learnerCode(browser, index, {
      id: 'LanLanLanLA',
      nickname: 'Lan',
      quizzes: { ...wholeTrack(index, 'student'), 'tiet-hoc-truoc': [0, 1, 2, 3], 'tiet-hoc-sau': [5] },
    });
    const minh = await learnerCode(browser, index, { id: 'MinhMinhMIN', nickname: 'Minh', quizzes: { [FIRST_LESSON]: [1], 'ai-co-the-bi-lua': [] } });
    const hoa = await learnerCode(browser, index, { id: 'HoaHoaHoaHO', nickname: 'Hoà, 7A 🌸', quizzes: { [FIRST_LESSON]: [1] } });
    const broken = corrupt(await learnerCode(browser, index, { id: 'BinhBinhBIN', nickname: 'Bình', quizzes: { [FIRST_LESSON]: [] } }));

    const chat = [
      'Nhóm lớp 7A — tin nhắn riêng',
      'Lan 🌸 10:31',
      `Em gửi cô mã ạ: ${lan}`,
      'Minh 10:32',
      // The chat app wrapped Minh's long code onto a second line.
      `mã của em:${minh.slice(0, 40)}`,
      minh.slice(40),
      `Hoà: (${hoa}) em cảm ơn cô!! 😊`,
      `Bình: ${broken}`,
    ].join('\n');

    await page.goto('/class/');
    await expect(page.locator('.class-app[data-ready="true"]')).toBeVisible();
    await page.getByLabel('Dán mã tiến độ của học sinh').fill(chat);
    await page.getByRole('button', { name: 'Thêm vào lớp' }).click();

    await expect(page.locator('[data-add-status]')).toHaveText('Đã thêm 3 học sinh mới và cập nhật 0 học sinh đã có trong lớp.');
    await expect(tableRows(page)).toHaveCount(3);
    await expect(nicknamesInTable(page)).toHaveText(['Hoà, 7A 🌸', 'Lan', 'Minh']);
    const problems = page.locator('[data-add-problems] li');
    await expect(problems).toHaveCount(1);
    await expect(problems).toContainText(`Dòng 8: ${broken.slice(0, 14)}…`);
    await expect(problems).toContainText('không khớp phần kiểm tra');

    // Per learner: lessons of the class done, tracks completed, pre/post gain.
    const lanRow = page.locator('[data-learner="Lan"]');
    await expect(lanRow.locator('[data-lessons-done]')).toHaveText(`${studentCount(index)}/${studentCount(index)}`);
    await expect(lanRow.locator('[data-tracks-completed]')).toHaveText('Học sinh');
    await expect(lanRow.locator('[data-gain]')).toHaveText('+50 điểm');
    await expect(page.locator('[data-learner="Minh"] [data-lessons-done]')).toHaveText(`2/${studentCount(index)}`);
    await expect(page.locator('[data-learner="Minh"] [data-gain]')).toHaveText('chưa có');

    // Class-level figures only: the question two of three missed comes first.
    await expect(page.locator(`[data-lesson-figures] [data-lesson="${FIRST_LESSON}"] td`).last()).toHaveText('3/3');
    const topMissed = page.locator('[data-missed-questions] tbody tr').first();
    await expect(topMissed).toHaveAttribute('data-question', `${FIRST_LESSON}/${index.quizzes[FIRST_LESSON]!.questionIds[1]}`);
    await expect(topMissed.locator('td').last()).toHaveText('2/3');
    await expect(page.locator(`[data-quiz-figures] [data-quiz="${FIRST_LESSON}"] td`)).toHaveText(['3/3', '3/3']);
    await expect(page.getByRole('img', { name: 'Số học sinh đã học xong từng bài' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Câu hỏi bị trả lời sai nhiều nhất' })).toBeVisible();

    // Sortable by column, with the state announced.
    const studentHeader = page.getByRole('columnheader', { name: /Bài đã xong/ });
    await studentHeader.getByRole('button').click();
    await expect(studentHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(nicknamesInTable(page)).toHaveText(['Hoà, 7A 🌸', 'Minh', 'Lan']);
    await studentHeader.getByRole('button').click();
    await expect(studentHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(nicknamesInTable(page)).toHaveText(['Lan', 'Minh', 'Hoà, 7A 🌸']);

    expect(await seriousViolations(page)).toEqual([]);

    // The same learner pasted again (a newer code) merges into their row.
    await page.getByLabel('Dán mã tiến độ của học sinh').fill(minh);
    await page.getByRole('button', { name: 'Thêm vào lớp' }).click();
    await expect(page.locator('[data-add-status]')).toHaveText('Đã thêm 0 học sinh mới và cập nhật 1 học sinh đã có trong lớp.');
    await expect(tableRows(page)).toHaveCount(3);

    // The class survives a reload, kept under its own key, apart from any learner's progress.
    await page.reload();
    await expect(tableRows(page)).toHaveCount(3);
    // "Lớp 1" would read as "first grade": a class the teacher did not name is "my class".
    await expect(page.locator('[data-class-name]')).toHaveText('Lớp của tôi');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).toContain('vungbuoc:classes');
    expect(keys).not.toContain('vungbuoc:progress');

    // CSV: UTF-8 with BOM, quoted where needed, Vietnamese intact, no per-question results.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải bảng CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^lop-cua-toi-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const day = String.raw`\d{4}-\d{2}-\d{2}`;
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    // Lan did every lesson of the student track, so every lesson has a column.
    const lessonTitles = await page.locator('[data-class-table] th.lesson-col').allInnerTexts();
    const n = studentCount(index);
    expect(lessonTitles).toHaveLength(n);
    const csvCell = (text: string) => (text.includes(',') ? `"${text}"` : text);
    const titles = lessonTitles.map((text) => csvCell(text.replace(/\s*[↕▲▼]$/, ''))).join(',');
    expect(lines[0]).toBe(
      `Biệt danh,Hồ sơ (khi trùng biệt danh),Bài đã xong (trên ${n}),${titles},Lộ trình đã xong,Tiến bộ (điểm): Kiểm tra cuối buổi — Tiết học: Mua bán người và bẫy “việc nhẹ lương cao”,Ngày của mã`,
    );
    const notStarted = (n: number) => Array(n).fill('chưa bắt đầu').join(',');
    // Rows in the table's order (by nickname again after the reload).
    expect(lines[1]).toMatch(new RegExp(`^"Hoà, 7A 🌸",,1,đã xong,${notStarted(n - 1)},,,${day}$`));
    expect(lines[2]).toMatch(new RegExp(`^Lan,,${n},${Array(n).fill('đã xong').join(',')},Học sinh,50,${day}$`));
    expect(lines[3]).toMatch(new RegExp(`^Minh,,2,đã xong,đã xong,${notStarted(n - 2)},,,${day}$`));
    expect(lines.slice(4)).toEqual(['']);
    expect(bytes.toString('utf8')).not.toMatch(/q\d|Câu \d/);

    // Print view: the table and figures, without the paste form and buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByLabel('Dán mã tiến độ của học sinh')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Tải bảng CSV' })).toBeHidden();
    await expect(page.locator('.class-print-title')).toContainText('Lớp của tôi · In ngày');
    await expect(tableRows(page).first()).toBeVisible();
  });

  test('on a shared lab PC the teacher adds every profile on this device in one click', async ({ page }) => {
    const index = await readIndex(page);
    await storeProgress(
      page,
      progressRecord(index, [
        { id: 'AnAnAnAnAnA', nickname: 'An', quizzes: { [FIRST_LESSON]: [] } },
        { id: 'BaoBaoBaoBA', nickname: 'Bảo', quizzes: { [FIRST_LESSON]: [0], 'ai-co-the-bi-lua': [] } },
        // Another learner who chose the same nickname stays a separate row.
        { id: 'AnHaiHaiHAI', nickname: 'An', quizzes: {} },
      ]),
    );
    await page.goto('/class/');
    await page.getByRole('button', { name: 'Thêm mọi hồ sơ trên thiết bị này' }).click();
    await expect(page.locator('[data-add-status]')).toHaveText('Đã thêm 3 học sinh mới và cập nhật 0 học sinh đã có trong lớp.');
    await expect(tableRows(page)).toHaveCount(3);
    await expect(page.locator('[data-learner="An"]')).toHaveCount(2);
    await expect(page.locator('[data-learner="An"] .tag')).toHaveText([' hồ sơ #AnAn', ' hồ sơ #AnHa']);
    await expect(page.locator('[data-learner="Bảo"] [data-lessons-done]')).toHaveText(`2/${studentCount(index)}`);
    // Two learners are too few for per-question figures: they are withheld, not shown.
    await expect(page.locator('[data-missed-questions]')).toHaveCount(0);
    await expect(page.locator('[data-withheld]')).toBeVisible();
    // The class keeps what a code would carry, never the options a learner chose.
    const stored = await page.evaluate(() => localStorage.getItem('vungbuoc:classes'));
    expect(stored).not.toContain('answers');
    expect(stored).not.toContain('chosen-option');
  });

  test('the teacher chooses the lessons the class is taking and sees, per learner, not started, tried (best score) or done', async ({ page }) => {
    const index = await readIndex(page);
    await storeProgress(
      page,
      progressRecord(index, [
        // Two learners named alike, both in the student track; one learner in the teacher track.
        { id: 'AnAnAnAnAnA', nickname: 'Nguyễn Văn An', quizzes: { [FIRST_LESSON]: [], 'ai-co-the-bi-lua': [0, 1, 2, 3] } },
        { id: 'AnHaiHaiHAI', nickname: 'Nguyễn Văn An', quizzes: { [FIRST_LESSON]: [0] } },
        { id: 'BinhBinhBIN', nickname: 'Trần Thị Bình', quizzes: { 'truoc-khi-day': [] } },
      ]),
    );
    await page.goto('/class/');
    await page.getByRole('button', { name: 'Thêm mọi hồ sơ trên thiết bị này' }).click();
    await expect(tableRows(page)).toHaveCount(3);

    // Until the teacher chooses, the class follows the track its learners worked on most.
    const summary = page.locator('[data-lessons-summary]');
    await expect(summary).toHaveText(`Lớp đang học ${studentCount(index)} bài của lộ trình “Học sinh”, lộ trình các em đã học nhiều nhất. Muốn theo dõi bài khác thì bấm “Chọn bài”.`);
    // Only lessons someone started get a column; the others are counted.
    await expect(page.locator('[data-class-table] th.lesson-col')).toHaveText([/^Mua bán người là gì\?/, /^Ai có thể bị lừa\?/]);
    await expect(page.locator('[data-hidden-lessons]')).toHaveText(new RegExp(`^Không hiện cột của ${studentCount(index) - 2} bài chưa em nào bắt đầu: “Việc nhẹ lương cao”: bẫy tuyển dụng trên mạng; Bạn mới`));
    const cells = (row: number) => tableRows(page).nth(row).locator('td[data-lesson]');
    await expect(tableRows(page).locator('th')).toHaveText(['Nguyễn Văn An hồ sơ #AnAn', 'Nguyễn Văn An hồ sơ #AnHa', 'Trần Thị Bình']);
    const tried = Math.floor((3 * 100) / index.quizzes['ai-co-the-bi-lua']!.questionIds.length);
    await expect(cells(0)).toHaveText(['đã xong', `đã thử ${tried}%`]);
    await expect(cells(1)).toHaveText(['đã xong', 'chưa bắt đầu']);
    await expect(cells(2)).toHaveText(['chưa bắt đầu', 'chưa bắt đầu']);
    await expect(tableRows(page).locator('[data-lessons-done]')).toHaveText(['1', '1', '0'].map((done) => `${done}/${studentCount(index)}`));

    // The teacher's class takes one teacher-track lesson and the first student lesson.
    await page.getByText('Chọn bài', { exact: true }).click();
    await page.getByRole('button', { name: 'Bỏ chọn lộ trình “Học sinh”' }).click();
    await expect(summary).toHaveText('Chưa chọn bài nào: hãy bấm “Chọn bài” và chọn những bài lớp đang học.');
    await expect(page.locator('[data-class-table] th.lesson-col')).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Trước khi dạy: chuẩn bị để học sinh được an toàn' }).check();
    await page.getByRole('checkbox', { name: 'Mua bán người là gì?' }).check();
    await expect(summary).toHaveText('Lớp đang học 2 bài do thầy cô chọn.');
    await expect(page.locator('[data-hidden-lessons]')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);

    // The choice is kept with the class.
    await page.reload();
    await expect(summary).toHaveText('Lớp đang học 2 bài do thầy cô chọn.');
    await expect(page.locator('[data-class-table] th.lesson-col')).toHaveText([/^Mua bán người là gì\?/, /^Trước khi dạy/]);
    await expect(cells(2)).toHaveText(['chưa bắt đầu', 'đã xong']);

    // The CSV says the same, with the tag that tells the two An apart.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải bảng CSV' }).click();
    const lines = readFileSync((await (await downloading).path())!, 'utf8').slice(1).split('\r\n');
    const day = String.raw`\d{4}-\d{2}-\d{2}`;
    expect(lines[0]).toBe('Biệt danh,Hồ sơ (khi trùng biệt danh),Bài đã xong (trên 2),Mua bán người là gì?,Trước khi dạy: chuẩn bị để học sinh được an toàn,Lộ trình đã xong,Ngày của mã');
    expect(lines.slice(1, 4)).toEqual([
      expect.stringMatching(new RegExp(`^Nguyễn Văn An,#AnAn,1,đã xong,chưa bắt đầu,,${day}$`)),
      expect.stringMatching(new RegExp(`^Nguyễn Văn An,#AnHa,1,đã xong,chưa bắt đầu,,${day}$`)),
      expect.stringMatching(new RegExp(`^Trần Thị Bình,,1,chưa bắt đầu,đã xong,,${day}$`)),
    ]);

    // Back to following the class.
    await page.getByText('Chọn bài', { exact: true }).click();
    await page.getByRole('button', { name: 'Theo lộ trình các em học nhiều nhất' }).click();
    await expect(summary).toHaveText(new RegExp(`^Lớp đang học ${studentCount(index)} bài của lộ trình “Học sinh”`));
  });

  test('classes can be named, several kept, and cleared after confirmation', async ({ page }) => {
    await page.goto('/class/');
    await page.getByLabel('Tên lớp mới').fill('7A — Đồng Văn');
    await page.getByRole('button', { name: 'Tạo lớp mới' }).click();
    await expect(page.locator('[data-class-name]')).toHaveText('7A — Đồng Văn');
    await page.getByRole('button', { name: 'Đổi tên lớp' }).click();
    await page.getByLabel('Tên lớp', { exact: true }).fill('7A, học kỳ 1');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByLabel('Tên lớp mới').fill('8B');
    await page.getByRole('button', { name: 'Tạo lớp mới' }).click();
    const chooser = page.getByLabel('Lớp đang xem');
    await expect(chooser.locator('option')).toHaveText(['7A, học kỳ 1', '8B']);
    await expect(chooser).toHaveValue(await chooser.locator('option', { hasText: '8B' }).getAttribute('value') as string);

    await page.reload();
    await chooser.selectOption({ label: '7A, học kỳ 1' });
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'Xoá lớp này' }).click();
    await expect(chooser.locator('option')).toHaveCount(2);
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain('Xoá lớp “7A, học kỳ 1”');
      void dialog.accept();
    });
    await page.getByRole('button', { name: 'Xoá lớp này' }).click();
    await expect(page.getByText('Đã xoá lớp “7A, học kỳ 1”.')).toBeVisible();
    await page.reload();
    await expect(page.locator('[data-class-name]')).toHaveText('8B');

    // Classes created without a name are "my class", then numbered — never a grade like "Lớp 1".
    await page.getByRole('button', { name: 'Tạo lớp mới' }).click();
    await page.getByRole('button', { name: 'Tạo lớp mới' }).click();
    await expect(chooser.locator('option')).toHaveText(['8B', 'Lớp của tôi', 'Lớp của tôi (2)']);
  });

  test('a paste of a whole chat is read, a paste of megabytes is refused at once, and long error lists are cut short', async ({ page, context }) => {
    const brokenCodes = (count: number) =>
      Array.from({ length: count }, (_, i) => `Bạn ${i + 1}: VB1-${'x'.repeat(30)}${String(i).padStart(6, '0')}`).join('\n');
    await page.goto('/class/');
    await expect(page.locator('.class-app[data-ready="true"]')).toBeVisible();
    const field = page.getByLabel('Dán mã tiến độ của học sinh');

    // Over a megabyte, pasted with Ctrl+V as a teacher does (typing it in, as fill() does, takes minutes in
    // Chromium). Only a secure origin may write the clipboard, so a localhost tab puts the text there.
    const huge = brokenCodes(24_000);
    expect(huge.length).toBeGreaterThan(1024 * 1024);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: LOCALHOST });
    const helper = await context.newPage();
    await helper.goto(`${LOCALHOST}/about/`);
    await helper.evaluate((text) => navigator.clipboard.writeText(text), huge);
    await helper.close();
    await field.focus();
    await page.keyboard.press('Control+V');
    // Refused at once, before any reading, with the size and the limit; the clipboard still holds the text.
    const refusal = page.locator('[data-add-problems] [data-paste-too-large]');
    await expect(refusal).toHaveText(
      'Đoạn đã dán dài 1,3 MB, quá giới hạn 200 KB cho một lần thêm, nên trang không đọc. Hãy dán ít hơn: chỉ cần những tin nhắn có mã.',
      { timeout: 1_000 },
    );
    await page.getByRole('button', { name: 'Thêm vào lớp' }).click();
    await expect(refusal).toBeVisible();
    await expect(page.locator('[data-add-status]')).toHaveText('');
    await expect(page.locator('[data-class-table]')).toHaveCount(0);

    // Text over the limit that reaches the box another way (typed on, dropped) is kept there and not read.
    await field.fill('x'.repeat(200 * 1024 + 1));
    await expect(refusal).toHaveText(/^Đoạn đã dán dài 200,1 KB, quá giới hạn 200 KB/);
    await page.getByRole('button', { name: 'Thêm vào lớp' }).click();
    await expect(refusal).toBeVisible();
    expect((await field.inputValue()).length).toBe(200 * 1024 + 1);

    // A long chat under the limit: the first problems are listed, the rest counted.
    await field.fill(brokenCodes(150));
    await expect(refusal).toHaveCount(0);
    await page.getByRole('button', { name: 'Thêm vào lớp' }).click();
    // None of them could be used: no "the others were added", no "added 0 students".
    await expect(page.locator('[data-add-problems] strong')).toHaveText('Có 150 mã không dùng được, nên chưa thêm được học sinh nào:');
    await expect(page.locator('[data-add-status]')).toHaveText('');
    await expect(page.locator('[data-add-problems] li')).toHaveCount(10);
    await expect(page.locator('[data-add-problems] li').first()).toContainText('Dòng 1: VB1-xxxxxxxxxx…');
    await expect(page.locator('[data-more-problems]')).toHaveText('…và 140 mã khác cũng không dùng được.');
  });

  test('when the stored classes cannot be read, the kept copy can be downloaded as it was', async ({ page }) => {
    // Half a record, as a browser killed while saving may leave it.
    const damaged = '{"version":1,"activeClassId":"lop7a","classes":[{"id":"lop7a","name":"7A — Đồng Văn","createdAt":"2026-11-20T00:00:00.000Z","learners":[{"profile":{"id":"LanLanL';
    await page.goto('/about/');
    await page.evaluate((text) => localStorage.setItem('vungbuoc:classes', text), damaged);
    await page.goto('/class/');
    await expect(page.locator('.class-alert')).toContainText('Dữ liệu lớp trong trình duyệt này bị hỏng nên không đọc được.');
    const kept = page.getByRole('region', { name: 'Bản sao dữ liệu lớp không đọc được' });
    await expect(kept).toContainText('Trình duyệt đã giữ lại 1 bản sao dữ liệu lớp không đọc được.');

    const downloading = page.waitForEvent('download');
    await kept.getByRole('button', { name: /^Tải bản sao 1/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^lop-hoc-ban-sao-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.json$/);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(damaged);

    // The copy stays on offer after a reload; the class starts again empty.
    await page.reload();
    await expect(kept.getByRole('button', { name: /^Tải bản sao 1/ })).toBeVisible();
    await expect(page.getByText('Chưa có lớp nào.', { exact: false })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('works under a sub-path and in English, linked from the header', async ({ page }) => {
    await page.goto(`${SCHOOL_HOC}en/`);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'My class' }).click();
    await expect(page).toHaveURL(`${SCHOOL_HOC}en/class/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Class view from progress codes');
    await page.getByLabel("Paste students' progress codes").fill('no codes here 🙂');
    await page.getByRole('button', { name: 'Add to class' }).click();
    await expect(page.locator('[data-add-problems]')).toHaveText('No progress code found in the pasted text. Codes start with “VB1-”.');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
