/**
 * Trainer delivery: session plans, stand-alone pre/post tests, the paper-first session report
 * and the printed papers (plan, attendance sheet, paper quiz with its key).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { quizOf, rightAnswers, wrongAnswer, type Question } from './support/content.ts';
import { SCHOOL_HOC } from './support/sites.ts';

/** The class plan's tests, as the content files define them (pre and post share their items). */
const CLASS_TEST = quizOf('tiet-hoc-truoc', 'quiz');

/** A question's letter on the paper: options in authored order (true/false: A = fact, B = myth). */
function letterOf(question: Question, optionId: string): string {
  const ids = question.type === 'truefalse' ? ['fact', 'myth'] : question.options!.map((o) => o.id);
  return String.fromCharCode(65 + ids.indexOf(optionId));
}
const rightLetter = (question: Question) => letterOf(question, rightAnswers({ questions: [question] })[question.id]![0]!);
const wrongLetter = (question: Question) => letterOf(question, wrongAnswer(question));

const CLASS_PLAN = '/sessions/tiet-hoc-45-phut/';
const CLASS_REPORT = '/sessions/tiet-hoc-45-phut/report/';

/** Text of a download as UTF-8, without the byte order mark. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') };
}

/** A plan's expected group size, as its content file sets it (the schema's default is 30). */
function groupSizeOf(slug: string): number {
  const text = readFileSync(new URL(`../../content/sessions/vi/${slug}.md`, import.meta.url), 'utf8');
  return Number(/^groupSize:\s*(\d+)/m.exec(text)?.[1] ?? 30);
}

/** Pages in a PDF made by Chromium (its page objects are written uncompressed). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

async function waitForIsland(page: Page, selector: string) {
  await expect(page.locator(selector)).toBeVisible();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

test.describe('axe finds no serious issue', () => {
  const pages = [
    ['the sessions list', '/sessions/'],
    ['a session plan', '/sessions/hop-thon-90-phut/'],
    ['an English plan', '/en/sessions/tiet-hoc-45-phut/'],
    ['an untranslated plan in English', '/en/sessions/tap-huan-clb-mot-ngay/'],
    ['a stand-alone quiz page', '/quizzes/tiet-hoc-truoc/'],
    ['the report page', CLASS_REPORT],
    ['the printable plan', '/sessions/hop-thon-90-phut/print/'],
    ['the attendance sheet', '/sessions/hop-thon-90-phut/print/attendance/'],
    ['the neutral attendance sheet', '/sessions/hop-thon-90-phut/print/attendance/neutral/'],
    ['the paper quiz', '/quizzes/hop-thon-truoc/print/'],
  ] as const;
  for (const [name, path] of pages) {
    test(`on ${name}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

test('the sessions list leads to each plan, its report and the neutral attendance sheet', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Buổi tập huấn' }).click();
  await expect(page).toHaveURL(/\/sessions\/$/);
  const cards = page.locator('.session-list > li');
  await expect(cards).toHaveCount(3);
  await expect(cards.first().getByRole('heading')).toHaveText('Tiết học 45 phút: Mua bán người và bẫy “việc nhẹ lương cao”');
  await expect(cards.nth(1).getByRole('link', { name: 'Danh sách tham dự, tiêu đề trung tính' })).toHaveAttribute('href', '/sessions/hop-thon-90-phut/print/attendance/neutral/');
  await cards.nth(1).getByRole('link', { name: 'Xem kế hoạch' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Họp thôn 90 phút');
});

test('a plan shows audience, duration, objectives, agenda, materials, tests, notes and what to report', async ({ page }) => {
  await page.goto('/sessions/hop-thon-90-phut/');
  await expect(page.locator('.session-plan .meta')).toContainText('Đối tượng: bà con trong thôn, bản, tổ dân phố');
  await expect(page.locator('.session-plan .meta')).toContainText('Thời lượng: 90 phút');
  for (const heading of ['Mục tiêu', 'Chương trình', 'Chuẩn bị và tài liệu', 'Kiểm tra đầu buổi và cuối buổi', 'Ghi chú cho người hướng dẫn', 'Báo cáo sau buổi']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  // Facilitator notes keep their own headings, one level below the page's sections.
  await expect(page.getByRole('heading', { level: 3, name: 'Chuẩn bị' })).toBeVisible();
  const lessonRow = page.locator('[data-agenda-row="3"]');
  await expect(lessonRow.getByRole('link', { name: 'Slide của bài Dấu hiệu mua bán người trong thôn xóm' })).toHaveAttribute('href', '/lessons/dau-hieu-trong-thon-xom/slides/');
  await expect(page.locator('[data-test="hop-thon-sau"]').getByRole('link', { name: 'Làm trên máy' })).toHaveAttribute('href', '/quizzes/hop-thon-sau/');
  await expect(page.locator('.session-report-needs li').first()).toContainText('Ngày, thôn (bản), xã');
});

test('a plan lists every paper it uses, with sheet counts for its group size', async ({ page }) => {
  const size = groupSizeOf('tiet-hoc-45-phut');
  const attendanceSheets = Math.ceil(size / 25);
  await page.goto(CLASS_PLAN);
  const papers = page.locator('[data-papers]');
  await expect(papers.locator('[data-paper="plan"]')).toHaveText('Bản in kế hoạch buổi: 1 bản cho người hướng dẫn');
  await expect(papers.locator('[data-paper="attendance"]')).toContainText(`Danh sách tham dự: ${attendanceSheets} tờ (${size} dòng, 25 dòng mỗi tờ)`);
  for (const which of ['pre', 'post']) {
    await expect(papers.locator(`[data-paper="${which}-test"]`)).toContainText(`: ${size} tờ, mỗi người một tờ (in không kèm trang đáp án); thêm 1 bản kèm đáp án cho người hướng dẫn`);
  }
  await expect(papers.locator('[data-paper="pre-test"] a')).toHaveAttribute('href', '/quizzes/tiet-hoc-truoc/print/');
  const lessons = papers.locator('[data-paper="lesson"]');
  await expect(lessons).toHaveCount(2);
  await expect(lessons.first()).toContainText('Bài học: Mua bán người là gì?');
  await expect(lessons.first().getByRole('link', { name: /^Tài liệu phát tay\s*: Mua bán người là gì\?$/ })).toHaveAttribute('href', '/lessons/mua-ban-nguoi-la-gi/print/');
  await expect(lessons.first().locator('li').first()).toHaveText(`Tài liệu phát tay: Mua bán người là gì?: ${size} tờ, mỗi người một tờ (in hai mặt)`);
  await expect(lessons.nth(1).getByRole('link', { name: /^Kịch bản người dạy/ })).toHaveAttribute('href', '/lessons/viec-nhe-luong-cao/print/script/');
  await expect(lessons.nth(1).getByRole('link', { name: /^Bản chữ to/ })).toHaveAttribute('href', '/lessons/viec-nhe-luong-cao/print/large/');
  // Attendance, two paper tests and two handouts: one sheet per participant each.
  await expect(papers.locator('[data-papers-total]')).toHaveText(
    `Tổng: ${attendanceSheets + 4 * size} tờ A4 cho người tham dự và danh sách tham dự, chưa kể các bản cho người hướng dẫn.`,
  );
});

test('every paper test prints on one sheet per participant when the key is left out', async ({ page }) => {
  for (const quiz of ['tiet-hoc-truoc', 'tiet-hoc-sau', 'hop-thon-truoc', 'hop-thon-sau', 'clb-truoc', 'clb-sau']) {
    await page.goto(`/quizzes/${quiz}/print/`);
    await page.emulateMedia({ media: 'print' });
    const withKey = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Chỉ in câu hỏi, không in trang đáp án').check();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.answer-key'), quiz).toBeHidden();
    const withoutKey = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(withoutKey, quiz).toBeGreaterThanOrEqual(1);
    expect(withoutKey, quiz).toBeLessThanOrEqual(2);
    expect(withoutKey, quiz).toBeLessThan(withKey);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('the agenda shows elapsed times, and real clock times from a typed start time', async ({ page }) => {
  await page.goto(CLASS_PLAN);
  const times = page.locator('[data-agenda] td.agenda-time');
  await expect(times).toHaveCount(7);
  await expect(times.first()).toHaveText('0:00–0:03');
  await expect(times.nth(2)).toHaveText('0:08–0:20');
  await expect(times.last()).toHaveText('0:42–0:45');
  await page.getByLabel('Giờ bắt đầu (để xem giờ thật)').fill('08:00');
  await expect(times.first()).toHaveText('08:00–08:03');
  await expect(times.nth(2)).toHaveText('08:08–08:20');
  await expect(times.last()).toHaveText('08:42–08:45');
  await expect(page.locator('[data-agenda-status]')).toHaveText('Đang hiện giờ thật, bắt đầu lúc 08:00.');
  // The printable plan keeps the start time.
  await page.getByRole('link', { name: 'Bản in kế hoạch buổi' }).click();
  await expect(page).toHaveURL(/\/sessions\/tiet-hoc-45-phut\/print\/\?start=08%3A00$/);
  await expect(page.locator('[data-agenda] td.agenda-time').first()).toHaveText('08:00–08:03');
});

test('pre- and post-tests taken on the site show the knowledge gain on My progress', async ({ page }) => {
  await page.goto('/quizzes/tiet-hoc-truoc/');
  await waitForIsland(page, '.quiz[data-hydrated="true"]');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra đầu buổi — Tiết học: Mua bán người và bẫy “việc nhẹ lương cao”');
  const total = CLASS_TEST.questions.length;
  const first = CLASS_TEST.questions[0]!;
  await page.locator(`[data-question="${first.id}"] input[value="${rightAnswers(CLASS_TEST)[first.id]![0]}"]`).check();
  await page.getByRole('button', { name: 'Xem kết quả' }).click();
  // The others are left blank on purpose: the quiz asks, then marks on request.
  await page.getByRole('button', { name: 'Vẫn xem kết quả' }).click();
  await expect(page.locator('.quiz-score')).toContainText(`1/${total}`);

  await page.goto('/quizzes/tiet-hoc-sau/');
  // The post-test links back to its session and its pre-test.
  await expect(page.locator('[data-quiz-session]')).toHaveAttribute('href', '/sessions/tiet-hoc-45-phut/');
  await expect(page.locator('[data-quiz-paired="pre"]')).toHaveAttribute('href', '/quizzes/tiet-hoc-truoc/');
  await waitForIsland(page, '.quiz[data-hydrated="true"]');
  for (const [question, options] of Object.entries(rightAnswers(quizOf('tiet-hoc-sau', 'quiz')))) {
    for (const option of options) await page.locator(`[data-question="${question}"] input[value="${option}"]`).check();
  }
  await page.getByRole('button', { name: 'Xem kết quả' }).click();
  await expect(page.locator('.quiz-score')).toContainText(`${total}/${total}`);

  await page.getByRole('link', { name: 'Xem mức tiến bộ ở trang Tiến độ của tôi' }).click();
  const pre = Math.floor(100 / total);
  await expect(page.locator('[data-gain="tiet-hoc-sau"]')).toContainText(`${pre}% →`);
  await expect(page.locator('[data-gain="tiet-hoc-sau"]')).toContainText(`100% (+${100 - pre}`);
});

/** Types a class session's paper results: tallies for the pre-test, four sheets for the post-test. */
async function enterClassSession(page: Page) {
  await page.goto(CLASS_REPORT);
  await waitForIsland(page, '.session-report[data-ready]');
  await page.getByRole('button', { name: 'Thêm buổi mới' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Nhập số liệu buổi/ })).toBeFocused();
  await page.getByLabel('Ngày tổ chức').fill('2026-11-20');
  await page.getByLabel('Địa điểm (thôn, bản, trường, phường)').fill('Trường THCS Nà Phìn');
  await page.getByLabel('Nữ', { exact: true }).fill('12');
  await page.getByLabel('Nam', { exact: true }).fill('8');
  await page.getByLabel('Dưới 16 tuổi').fill('20');
  await expect(page.locator('[data-total]')).toHaveText('Tổng số người tham dự: 20');

  const pre = page.locator('[data-report-test="pre"]');
  await pre.getByLabel('Số người làm bài').fill('20');
  const tallies = [8, 10, 15, 12, 9, 6];
  for (const [index, count] of tallies.entries()) {
    await pre.getByLabel(`Câu ${index + 1}: Số người trả lời đúng`).fill(String(count));
  }

  const post = page.locator('[data-report-test="post"]');
  await post.getByLabel('Nhập từng phiếu').check();
  // Right (R) and wrong (W) answers per sheet; blank when the participant left a question.
  // Post-test right answers per question: 2, 2, 4, 2, 3, 2 of 4 sheets (15 of 24).
  const pattern = ['RRRRRW', 'WRRRRR', 'RWRWRR', '  R   '];
  const sheets = pattern.map((row) =>
    [...row].map((mark, i) => (mark === 'R' ? rightLetter(CLASS_TEST.questions[i]!) : mark === 'W' ? wrongLetter(CLASS_TEST.questions[i]!) : '')),
  );
  for (const [sheet, letters] of sheets.entries()) {
    await post.getByRole('button', { name: 'Thêm phiếu' }).click();
    await expect(post.getByLabel(`Phiếu ${sheet + 1}, câu 1`)).toBeFocused();
    for (const [question, letter] of letters.entries()) {
      if (letter) await post.getByLabel(`Phiếu ${sheet + 1}, câu ${question + 1}`).selectOption(letter);
    }
  }
  await expect(post).toContainText('Đã nhập 4 phiếu.');
}

test('a session report from typed paper results gives the expected gain and CSV', async ({ page }) => {
  await enterClassSession(page);

  await expect(page.locator('[data-overall]')).toHaveText(
    'Trả lời đúng: đầu buổi 50%, cuối buổi 63%. Mức tiến bộ: +13 điểm phần trăm.',
  );
  const table = page.locator('[data-report-table]');
  await expect(table.locator('tbody [data-gain]')).toHaveText(['+10', '0', '+25', '−10', '+30', '+20']);
  await expect(table.locator('tbody tr').first().locator('td').nth(0)).toHaveText('40% (8/20)');
  await expect(table.locator('tbody tr').first().locator('td').nth(1)).toHaveText('50% (2/4)');
  await expect(table.locator('[data-gain-overall]')).toHaveText('+13');
  // The chart sits beside its table, with a title for assistive technology.
  await expect(page.locator('.report-chart-table svg[role="img"] title')).toHaveText('Tỉ lệ trả lời đúng từng câu, đầu buổi và cuối buổi');
  expect(await seriousViolations(page)).toEqual([]);

  const perQuestion = await downloaded(page, () => page.locator('[data-csv-session]').click());
  expect(perQuestion.name).toBe('bao-cao-tiet-hoc-45-phut-2026-11-20.csv');
  const rows = perQuestion.text.trimEnd().split('\r\n');
  expect(rows[0]).toBe('Câu,Nội dung câu hỏi,Số đúng đầu buổi,Số người làm bài đầu buổi,Tỉ lệ đúng đầu buổi (%),Số đúng cuối buổi,Số người làm bài cuối buổi,Tỉ lệ đúng cuối buổi (%),Mức tiến bộ (điểm %),Lưu ý');
  expect(rows[1]).toMatch(new RegExp(`^Câu 1,"?${CLASS_TEST.questions[0]!.prompt.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*"?,8,20,40,2,4,50,10,$`));
  expect(rows[4]).toMatch(/,12,20,60,2,4,50,-10,$/);
  expect(rows.at(-1)).toBe('Cả bài,,60,120,50,15,24,63,13,');

  const all = await downloaded(page, () => page.locator('[data-csv-all]').click());
  const allRows = all.text.trimEnd().split('\r\n');
  expect(allRows).toEqual([
    'Ngày,Địa điểm,Buổi tập huấn,Số người tham dự,Nữ,Nam,Dưới 16 tuổi,16–17 tuổi,18–35 tuổi,36–59 tuổi,Từ 60 tuổi,Người dân tộc thiểu số,Số người làm bài đầu buổi,Tỉ lệ đúng đầu buổi (%),Số người làm bài cuối buổi,Tỉ lệ đúng cuối buổi (%),Mức tiến bộ (điểm %),Lưu ý',
    '2026-11-20,Trường THCS Nà Phìn,Tiết học 45 phút: Mua bán người và bẫy “việc nhẹ lương cao”,20,12,8,20,0,0,0,0,,20,50,4,63,13,',
    'Tổng cộng: 1 buổi,,,20,12,8,20,0,0,0,0,,,50,,63,13,',
  ]);
  await expect(page.locator('[data-programme-totals]')).toContainText('Số buổi đã tổ chức: 1');
  await expect(page.locator('[data-programme-totals]')).toContainText('Số lượt người tham dự: 20');

  // Kept in this browser: a reload shows the same session and figures.
  await page.reload();
  await waitForIsland(page, '.session-report[data-ready]');
  await expect(page.locator('.report-list li')).toHaveText([/20\/11\/2026 — Trường THCS Nà Phìn: 20 người/]);
  await expect(page.locator('[data-gain-overall]')).toHaveText('+13');
});

test('an impossible number is left out of the percentages, chart, print and CSV, and the warning says so everywhere', async ({ page }) => {
  await enterClassSession(page);
  const pre = page.locator('[data-report-test="pre"]');
  // Question 4 tallied with more right answers than the 20 people who took the test.
  await pre.getByLabel('Câu 4: Số người trả lời đúng').fill('25');
  const tallyWarning = 'Câu 4: số người trả lời đúng (25) lớn hơn số người làm bài (20). Câu này không được tính vào kết quả cho đến khi sửa.';
  await expect(pre.getByRole('alert')).toHaveText(tallyWarning);
  // The typed number stays in the editor.
  await expect(pre.getByLabel('Câu 4: Số người trả lời đúng')).toHaveValue('25');
  // Age groups that add up to 15, not the 20 women and men.
  await page.getByLabel('Dưới 16 tuổi').fill('15');
  await expect(page.locator('.report-editor')).toContainText('Tổng theo nhóm tuổi (15) khác tổng theo giới (20).');

  const table = page.locator('[data-report-table]');
  await expect(table.locator('tbody tr').nth(3).locator('td')).toHaveText(['không tính', '50% (2/4)', '–']);
  // Both tests' totals without question 4, so the gain compares the same questions:
  // (8 + 10 + 15 + 9 + 6) / 100 before, 13 / 20 after.
  await expect(table.locator('tfoot td').first()).toHaveText('48% (48/100)');
  await expect(table.locator('tfoot td').nth(1)).toHaveText('65% (13/20)');
  await expect(page.locator('[data-overall]')).toHaveText('Trả lời đúng: đầu buổi 48%, cuối buổi 65%. Mức tiến bộ: +17 điểm phần trăm.');
  await expect(page.locator('.report-chart-table svg .chart-label')).toHaveText(['Câu 1', 'Câu 2', 'Câu 3', 'Câu 5', 'Câu 6']);
  await expect(page.locator('[data-summary-age]')).toHaveCount(0);
  await expect(page.locator('.report-headcount')).toContainText('Tổng số người tham dự: 20');
  const leftOut = page.locator('[data-left-out] li');
  await expect(leftOut).toHaveText([
    'Tổng theo nhóm tuổi (15) khác tổng theo giới (20), nên số liệu theo nhóm tuổi không được tính; số người tham dự lấy theo giới.',
    'Câu 4, kiểm tra đầu buổi: số người trả lời đúng (25) lớn hơn số người làm bài (20), nên câu này không được tính.',
  ]);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-left-out]')).toBeVisible();
  await expect(table.locator('tbody tr').nth(3).locator('td').first()).toHaveText('không tính');
  await page.emulateMedia({ media: 'screen' });

  const perQuestion = await downloaded(page, () => page.locator('[data-csv-session]').click());
  const rows = perQuestion.text.trimEnd().split('\r\n');
  expect(rows[4]).toMatch(/^Câu 4,"?[^,]*"?,,,,2,4,50,,"?Câu 4, kiểm tra đầu buổi: số người trả lời đúng \(25\) lớn hơn số người làm bài \(20\), nên câu này không được tính\."?$/);
  expect(rows.at(-1)).toBe('Cả bài,,48,100,48,13,20,65,17,');
  const all = await downloaded(page, () => page.locator('[data-csv-all]').click());
  expect(all.text.trimEnd().split('\r\n')[1]).toBe(
    '2026-11-20,Trường THCS Nà Phìn,Tiết học 45 phút: Mua bán người và bẫy “việc nhẹ lương cao”,20,12,8,,,,,,,20,48,4,65,17,' +
      '"Tổng theo nhóm tuổi (15) khác tổng theo giới (20), nên số liệu theo nhóm tuổi không được tính; số người tham dự lấy theo giới. ' +
      'Câu 4, kiểm tra đầu buổi: số người trả lời đúng (25) lớn hơn số người làm bài (20), nên câu này không được tính."',
  );

  // Correcting the number brings the question back.
  await pre.getByLabel('Câu 4: Số người trả lời đúng').fill('12');
  await expect(page.locator('[data-gain-overall]')).toHaveText('+13');
  await expect(leftOut).toHaveCount(1);
});

test('the age groups of the plan\'s audience come first; the others fold under "other ages" and keep their counts', async ({ page }) => {
  await page.goto(CLASS_REPORT);
  await waitForIsland(page, '.session-report[data-ready]');
  await page.getByRole('button', { name: 'Thêm buổi mới' }).click();
  const ages = page.locator('.report-counts').filter({ has: page.locator('legend', { hasText: 'Theo nhóm tuổi' }) });
  // A class: the two groups under 18 first; adults folded away.
  await expect(ages.getByRole('textbox', { includeHidden: false })).toHaveCount(2);
  await expect(ages.getByLabel('Dưới 16 tuổi')).toBeVisible();
  await expect(ages.getByLabel('16–17 tuổi')).toBeVisible();
  await expect(ages.getByLabel('18–35 tuổi')).toBeHidden();
  await ages.getByText('Nhóm tuổi khác').click();
  await ages.getByLabel('18–35 tuổi').fill('2');
  await expect(ages.locator('summary')).toHaveText('Nhóm tuổi khác (đã ghi 2 người)');
  await page.getByLabel('Nữ', { exact: true }).fill('2');
  await expect(page.locator('[data-summary-age]')).toHaveText('Dưới 16 tuổi: 0 · 16–17 tuổi: 0 · 18–35 tuổi: 2');
  // Nothing is lost: after a reload the folded group opens by itself with its count.
  await page.reload();
  await waitForIsland(page, '.session-report[data-ready]');
  await expect(ages.getByLabel('18–35 tuổi')).toHaveValue('2');
  await expect(ages.getByLabel('18–35 tuổi')).toBeVisible();

  // A village meeting: the adult groups first, the groups under 18 folded.
  await page.goto('/sessions/hop-thon-90-phut/report/');
  await waitForIsland(page, '.session-report[data-ready]');
  await page.getByRole('button', { name: 'Thêm buổi mới' }).click();
  for (const label of ['18–35 tuổi', '36–59 tuổi', 'Từ 60 tuổi']) await expect(ages.getByLabel(label)).toBeVisible();
  await expect(ages.getByLabel('Dưới 16 tuổi')).toBeHidden();
  expect(await seriousViolations(page)).toEqual([]);
});

test('numbers a stored report cannot hold are refused on screen, and every report survives a reload', async ({ page }) => {
  await page.goto(CLASS_REPORT);
  await waitForIsland(page, '.session-report[data-ready]');
  // A report whose post-test already holds the most sheets a report can (1000), and a second one.
  await page.evaluate(() => {
    const entry = (sheets: number) => ({ method: 'sheets', sheets: Array.from({ length: sheets }, () => ({})), respondents: 0, correct: {} });
    const report = (id: string, date: string, place: string, sheets: number) => ({
      id, session: 'tiet-hoc-45-phut', date, place, notes: '',
      headcount: { female: 10, male: 10, age: { under16: 20, from16to17: 0, from18to35: 0, from36to59: 0, from60: 0 } },
      pre: entry(0), post: entry(sheets), createdAt: `${date}T08:00:00.000Z`, updatedAt: `${date}T08:00:00.000Z`,
    });
    localStorage.setItem('vungbuoc:reports', JSON.stringify({ version: 1, reports: [report('full-sheets', '2026-11-20', 'Trường A', 1000), report('second-one', '2026-11-10', 'Trường B', 0)] }));
  });
  await page.reload();
  await waitForIsland(page, '.session-report[data-ready]');
  await expect(page.locator('.report-list li')).toHaveCount(2);

  await page.getByLabel('Nữ', { exact: true }).fill('150000');
  await expect(page.locator('[data-count-error="female"]')).toHaveText('Số này quá lớn nên chưa được lưu: mỗi ô nhận tối đa 100.000.');
  await expect(page.getByLabel('Nữ', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-total]')).toHaveText('Tổng số người tham dự: 20');

  await page.getByLabel('Ngày tổ chức').fill('20266-11-20');
  await expect(page.locator('#report-date-error')).toHaveText('Ngày này chưa được lưu: năm phải có đúng 4 chữ số, ví dụ 20/11/2026.');
  await expect(page.getByLabel('Ngày tổ chức')).toHaveAttribute('max', '9999-12-31');

  const post = page.locator('[data-report-test="post"]');
  await expect(post).toContainText('Đã nhập 1000 phiếu.');
  await post.getByRole('button', { name: 'Thêm phiếu' }).click();
  await expect(post.locator('[data-sheets-full]')).toHaveText('Không thêm được phiếu: mỗi lần kiểm tra nhận tối đa 1000 phiếu. Với nhóm đông hơn, hãy nhập bằng cách đếm theo câu.');
  await expect(post).toContainText('Đã nhập 1000 phiếu.');

  await page.reload();
  await waitForIsland(page, '.session-report[data-ready]');
  await expect(page.locator('.report-list li')).toHaveText([/^20\/11\/2026 — Trường A: 20 người/, /^10\/11\/2026 — Trường B: 20 người/]);
  await expect(page.getByText('bị hỏng')).toHaveCount(0);
  await expect(page.getByLabel('Ngày tổ chức')).toHaveValue('2026-11-20');
  await expect(page.getByLabel('Nữ', { exact: true })).toHaveValue('10');
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('vungbuoc:reports:unreadable:')));
  expect(stored).toEqual([]);
});

test('the printed report shows the results and hides the entry form and navigation', async ({ page }) => {
  await enterClassSession(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.report-editor')).toBeHidden();
  await expect(page.locator('.report-all')).toBeHidden();
  await expect(page.locator('[data-report-results]')).toBeVisible();
  await expect(page.locator('[data-report-results]')).toContainText('Ngày: 20/11/2026 · Địa điểm: Trường THCS Nà Phìn');
  expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(10_000);
});

test('reports move to another browser as a file, and nothing asks for a participant name', async ({ page }) => {
  await enterClassSession(page);
  const names = await page.locator('.session-report input, .session-report textarea').evaluateAll((fields) =>
    (fields as Array<HTMLInputElement | HTMLTextAreaElement>).map((field) => (field.labels?.[0]?.textContent ?? field.getAttribute('aria-label') ?? '').toLowerCase()),
  );
  expect(names.filter((label) => /tên|name/.test(label))).toEqual([]);

  const backup = await downloaded(page, () => page.locator('[data-export]').click());
  expect(JSON.parse(backup.text)).toMatchObject({ format: 'vung-buoc-session-reports', reports: [{ place: 'Trường THCS Nà Phìn' }] });

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForIsland(page, '.session-report[data-ready]');
  await expect(page.getByText('Trình duyệt này chưa có báo cáo nào của kế hoạch này.')).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByLabel('Nhập tệp sao lưu').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
  await expect(page.locator('.report-all [role="status"]')).toHaveText('Đã thêm 1 báo cáo, cập nhật 0 báo cáo; 0 báo cáo giữ nguyên.');
  await expect(page.locator('.report-list li')).toHaveCount(1);
  await expect(page.locator('[data-gain-overall]')).toHaveText('+13');

  await page.getByLabel('Nhập tệp sao lưu').setInputFiles({ name: 'khac.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
  await expect(page.locator('.report-all [role="alert"]')).toHaveText('Tệp này không phải tệp sao lưu báo cáo hợp lệ. Không có gì thay đổi.');
});

test('results entered for an older edition of a test say so, and count only the questions it still has', async ({ page }) => {
  await enterClassSession(page);
  const backup = await downloaded(page, () => page.locator('[data-export]').click());
  // The same report as if typed before the end-of-session test was rewritten: edition 1, and a
  // fifth sheet that answered a question edition 2 no longer has.
  const file = JSON.parse(backup.text) as { reports: Array<{ id: string; updatedAt: string; post: { test: { slug: string; version: number }; sheets: Array<Record<string, string[]>> } }> };
  const report = file.reports[0]!;
  report.post.test = { ...report.post.test, version: 1 };
  report.post.sheets.push({ 'cau-da-bo': ['a'] });
  report.updatedAt = new Date(Date.parse(report.updatedAt) + 60_000).toISOString();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByLabel('Nhập tệp sao lưu').setInputFiles({ name: 'cu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.locator('.report-all [role="status"]')).toContainText('cập nhật 1 báo cáo');
  await expect(page.locator('[data-edition-note]')).toHaveText(
    'Kết quả kiểm tra cuối buổi được nhập theo phiên bản 1 của bài kiểm tra; trang này chấm theo phiên bản 2. 1 câu đã nhập không còn trong bài nên không được tính; các câu khác vẫn được tính.',
  );
  // The questions both editions share are still marked: the fifth sheet answered none of them.
  await expect(page.locator('[data-report-table] tbody tr').first().locator('td').nth(1)).toHaveText('40% (2/5)');
  const overall = (await page.locator('[data-overall]').textContent())!;
  const [, pre, post, gain] = /(\d+)%.*?(\d+)%.*?([+−]?\d+) điểm/.exec(overall)!;

  // The programme roll-up marks the same file the same way, and says why.
  const file2 = await downloaded(page, () => page.locator('[data-export]').click());
  await page.goto('/reports/');
  await waitForIsland(page, '.rollup[data-ready]');
  await page.getByLabel('Chọn các tệp báo cáo (chọn được nhiều tệp cùng lúc)').setInputFiles({ name: 'cu.json', mimeType: 'application/json', buffer: Buffer.from(file2.text) });
  await expect(page.locator('[data-rollup-totals] [data-figure="gain"]')).toContainText(`đầu buổi ${pre}%, cuối buổi ${post}%, tiến bộ ${gain} điểm`);
  await expect(page.locator('[data-issue="remarked-edition"]')).toContainText('phiên bản 1: máy này không có đáp án của phiên bản đó, nên kết quả được chấm theo phiên bản 2');
});

test('after deleting a sheet or a report, the keyboard carries on from where the button was', async ({ page }) => {
  await enterClassSession(page);
  const post = page.locator('[data-report-test="post"]');
  // Deleting sheet 2 of 4: the cursor goes to the sheet now in its place.
  await post.getByRole('button', { name: 'Xoá phiếu 2' }).click();
  await expect(post).toContainText('Đã nhập 3 phiếu.');
  await expect(post.getByRole('button', { name: 'Xoá phiếu 2' })).toBeFocused();
  // The last sheet gone, the cursor is on "add a sheet".
  for (const n of [3, 2, 1]) await post.getByRole('button', { name: `Xoá phiếu ${n}` }).click();
  await expect(post.getByRole('button', { name: 'Thêm phiếu' })).toBeFocused();
  // Deleting a report: the cursor goes to the list of kept reports.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('.report-list li').first().getByRole('button', { name: /^Xoá/ }).click();
  await expect(page.getByRole('heading', { name: 'Các buổi đã nhập' })).toBeFocused();
});

test('unreadable stored reports are copied aside, never deleted, and the trainer is told', async ({ page }) => {
  await page.goto(CLASS_REPORT);
  await waitForIsland(page, '.session-report[data-ready]');
  await page.evaluate(() => localStorage.setItem('vungbuoc:reports', '{"version":1,"reports":"broken"}'));
  await page.reload();
  await waitForIsland(page, '.session-report[data-ready]');
  await expect(page.locator('.session-report [role="alert"]').first()).toContainText('bị hỏng');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('vungbuoc:reports:unreadable:')).map((key) => localStorage.getItem(key)));
  expect(kept).toEqual(['{"version":1,"reports":"broken"}']);
  await expect(page.getByRole('button', { name: 'Tải bản sao 1' })).toBeVisible();
});

/** Visible column headers of the attendance sheet's first page. */
const attendanceHeaders = (page: Page) => page.locator('[data-attendance-page="1"] thead th:visible');

test('the attendance sheet has a numbered row per expected participant, 25 to a printed page, without navigation', async ({ page }) => {
  const groupSize = groupSizeOf('hop-thon-90-phut');
  await page.goto('/sessions/hop-thon-90-phut/print/attendance/');
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.safety-bar', '.site-header', '.breadcrumbs', '.print-bar', '.site-footer']) {
    await expect(page.locator(chrome)).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh sách tham dự');
  await expect(page.locator('.paper-topic')).toContainText('Họp thôn 90 phút');
  await expect(attendanceHeaders(page)).toHaveText(['STT', 'Họ và tên', 'Đơn vị / thôn, bản', 'Chữ ký']);
  const rows = page.locator('.attendance-table tbody tr');
  await expect(rows).toHaveCount(groupSize);
  await expect(rows.first().locator('td').first()).toHaveText('1');
  await expect(rows.last().locator('td').first()).toHaveText(String(groupSize));
  await expect(page.locator('[data-attendance-page="1"] tbody tr')).toHaveCount(Math.min(25, groupSize));
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.length).toBeGreaterThan(5_000);
  expect(pdfPages(pdf)).toBe(Math.ceil(groupSize / 25));
});

test('a group of 25 fits the attendance sheet on one A4 page, and 45 on two', async ({ page }) => {
  for (const [rows, pages] of [[25, 1], [45, 2]] as const) {
    await page.goto('/sessions/hop-thon-90-phut/print/attendance/?sex=1&age=1');
    // Trim or repeat the rows the build printed, to measure the page layout with this many.
    await page.evaluate((wanted) => {
      const first = document.querySelector('[data-attendance-page="1"] tbody')!;
      const template = first.querySelector('tr')!;
      for (const extra of document.querySelectorAll('[data-attendance-page]:not([data-attendance-page="1"])')) extra.remove();
      first.replaceChildren(...Array.from({ length: Math.min(25, wanted) }, () => template.cloneNode(true)));
      if (wanted > 25) {
        const second = first.closest('[data-attendance-page]')!.cloneNode(true) as HTMLElement;
        second.dataset.attendancePage = '2';
        second.querySelector('tbody')!.replaceChildren(...Array.from({ length: wanted - 25 }, () => template.cloneNode(true)));
        first.closest('[data-attendance-page]')!.after(second);
      }
    }, rows);
    await page.emulateMedia({ media: 'print' });
    expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(pages);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('tick columns for sex and age group are switched on before printing; the switches do not print', async ({ page }) => {
  await page.goto('/sessions/hop-thon-90-phut/print/attendance/');
  const options = page.getByRole('group', { name: 'Cột in thêm trên danh sách' });
  await options.getByLabel('Cột giới tính (nữ, nam) để đánh dấu').check();
  await options.getByLabel('Cột nhóm tuổi để đánh dấu').check();
  await expect(page).toHaveURL(/\/print\/attendance\/\?sex=1&age=1$/);
  const withTicks = ['STT', 'Họ và tên', 'Đơn vị / thôn, bản', 'Nữ', 'Nam', '18–35', '36–59', 'Từ 60', 'Tuổi khác', 'Chữ ký'];
  await expect(attendanceHeaders(page)).toHaveText(withTicks);
  await page.emulateMedia({ media: 'print' });
  await expect(options).toBeHidden();
  await expect(attendanceHeaders(page)).toHaveText(withTicks);
  await expect(page.locator('.paper--attendance')).toContainText('Cột “Tuổi khác”: ghi số tuổi');
  expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(Math.ceil(groupSizeOf('hop-thon-90-phut') / 25));
  await page.emulateMedia({ media: 'screen' });
  // The choice survives a reload and goes with the link to the neutral version.
  await page.reload();
  await expect(options.getByLabel('Cột giới tính (nữ, nam) để đánh dấu')).toBeChecked();
  await page.getByRole('link', { name: 'In bản tiêu đề trung tính (không ghi chủ đề)' }).click();
  await expect(page).toHaveURL(/\/print\/attendance\/neutral\/\?sex=1&age=1$/);
  await expect(attendanceHeaders(page)).toHaveText(withTicks);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a class\'s attendance sheet has no village column, unless the teacher asks for it', async ({ page }) => {
  const groupSize = groupSizeOf('tiet-hoc-45-phut');
  await page.goto('/sessions/tiet-hoc-45-phut/print/attendance/');
  await expect(page.locator('.attendance-table tbody tr')).toHaveCount(groupSize);
  await expect(attendanceHeaders(page)).toHaveText(['STT', 'Họ và tên', 'Chữ ký']);
  await page.getByLabel('Cột nhóm tuổi để đánh dấu').check();
  await expect(attendanceHeaders(page)).toHaveText(['STT', 'Họ và tên', 'Dưới 16', '16–17', 'Tuổi khác', 'Chữ ký']);
  await page.getByLabel('Cột đơn vị / thôn, bản (bỏ chọn khi cả lớp cùng một trường)').check();
  await expect(page).toHaveURL(/\?age=1&unit=1$/);
  await expect(attendanceHeaders(page)).toHaveText(['STT', 'Họ và tên', 'Đơn vị / thôn, bản', 'Dưới 16', '16–17', 'Tuổi khác', 'Chữ ký']);
});

test('the neutral attendance sheet is one click from the plan and names no topic', async ({ page }) => {
  await page.goto('/sessions/hop-thon-90-phut/');
  await page.getByRole('link', { name: 'Danh sách tham dự, tiêu đề trung tính' }).click();
  await expect(page).toHaveURL(/\/sessions\/hop-thon-90-phut\/print\/attendance\/neutral\/$/);
  await page.waitForLoadState('load');
  await expect(page).toHaveTitle('Danh sách tham dự · Vững Bước');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.attendance-table tbody tr')).toHaveCount(groupSizeOf('hop-thon-90-phut'));
  const printed = await page.locator('body').innerText();
  expect(printed).toContain('Danh sách tham dự');
  expect(printed).not.toMatch(/mua bán|buôn bán|họp thôn|người trở về|trafficking/i);
  expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(5_000);
});

test('the paper quiz prints lettered questions without names, and its answer key on a separate page', async ({ page }) => {
  await page.goto('/quizzes/hop-thon-truoc/print/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.print-bar')).toBeHidden();
  const village = quizOf('hop-thon-truoc', 'quiz');
  await expect(page.locator('.paper-question')).toHaveCount(village.questions.length);
  const firstOptions = village.questions[0]!.type === 'truefalse' ? 2 : village.questions[0]!.options!.length;
  await expect(page.locator('.paper-question').first().locator('.paper-letter')).toHaveText(['A', 'B', 'C', 'D', 'E'].slice(0, firstOptions));
  await expect(page.locator('.paper-header')).toContainText('Phiếu số:');
  await expect(page.locator('.paper-header')).toContainText('Không ghi tên.');
  const key = page.locator('.answer-key');
  await expect(key).toBeVisible();
  expect(await key.evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
  await expect(key.locator('tbody td:first-of-type')).toHaveText(
    village.questions.map((question) =>
      question.type === 'truefalse'
        ? `${rightLetter(question)}. ${question.answer === 'fact' ? 'Sự thật' : 'Ngộ nhận'}`
        : new RegExp(`^${rightLetter(question)}\\. `),
    ),
  );
  const withKey = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(withKey.length).toBeGreaterThan(5_000);

  // The trainer can leave the key out of the copies for participants.
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Chỉ in câu hỏi, không in trang đáp án').check();
  await page.emulateMedia({ media: 'print' });
  await expect(key).toBeHidden();
  await expect(page.locator('.paper-question').first()).toBeVisible();
  const withoutKey = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdfPages(withoutKey)).toBeGreaterThan(0);
  expect(pdfPages(withoutKey)).toBeLessThan(pdfPages(withKey));
});

test('the printable session plan hides navigation and shows the agenda, materials and notes', async ({ page }) => {
  await page.goto('/sessions/hop-thon-90-phut/print/');
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.safety-bar', '.site-header', '.breadcrumbs', '.print-bar', '.site-footer']) {
    await expect(page.locator(chrome)).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Họp thôn 90 phút');
  await expect(page.locator('.agenda-table tbody tr')).toHaveCount(9);
  await expect(page.locator('.agenda-table tfoot')).toContainText('90');
  await expect(page.getByRole('heading', { level: 2, name: 'Chuẩn bị và tài liệu' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Ghi chú cho người hướng dẫn' })).toBeVisible();
  await expect(page.locator('.session-papers')).toHaveCount(0);
  expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(10_000);
});

test('the plan page itself prints without navigation or the papers box', async ({ page }) => {
  await page.goto(CLASS_PLAN);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.session-papers')).toBeHidden();
  await expect(page.locator('.agenda-table')).toBeVisible();
});

test('sessions work under a sub-path', async ({ page }) => {
  await page.goto(`${SCHOOL_HOC}sessions/`);
  await page.locator('.session-list > li').nth(1).getByRole('link', { name: 'Xem kế hoạch' }).click();
  await expect(page).toHaveURL(/\/hoc\/sessions\/hop-thon-90-phut\/$/);
  await page.getByRole('link', { name: 'Danh sách tham dự, tiêu đề trung tính' }).click();
  await expect(page.locator('.attendance-table tbody tr')).toHaveCount(groupSizeOf('hop-thon-90-phut'));
  await page.goto(`${SCHOOL_HOC}en/sessions/tiet-hoc-45-phut/report/`);
  await waitForIsland(page, '.session-report[data-ready]');
  await page.getByRole('button', { name: 'Add a session' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Figures of the session on/ })).toBeFocused();
});
