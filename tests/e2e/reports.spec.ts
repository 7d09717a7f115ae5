/**
 * The programme roll-up: two trainers each record a session in their own browser and export
 * their reports; a coordinator loads both files (and a damaged one) on /reports/ and sees the
 * figures added up, the printable summary and the CSV — at the root in Vietnamese, and under
 * /hoc/ in English.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { SCHOOL, SCHOOL_HOC } from './support/sites.ts';

/** The words a person reads on the two pages, per language. */
const WORDS = {
  vi: {
    prefix: '',
    addSession: 'Thêm buổi mới',
    date: 'Ngày tổ chức',
    trainer: 'Giảng viên hoặc đơn vị tổ chức buổi',
    placeType: { village: 'Thôn, bản', school: 'Trường học' },
    place: 'Địa điểm (thôn, bản, trường, phường)',
    female: 'Nữ',
    male: 'Nam',
    age: { adults: '18–35 tuổi', children: 'Dưới 16 tuổi' },
    ethnic: 'Người dân tộc thiểu số (nếu chương trình yêu cầu)',
    respondents: 'Số người làm bài',
    tally: (n: number) => `Câu ${n}: Số người trả lời đúng`,
    files: 'Chọn các tệp báo cáo (chọn được nhiều tệp cùng lúc)',
  },
  en: {
    prefix: 'en/',
    addSession: 'Add a session',
    date: 'Date held',
    trainer: 'Trainer or unit who ran the session',
    placeType: { village: 'Village', school: 'School' },
    place: 'Place (village, school, ward)',
    female: 'Women',
    male: 'Men',
    age: { adults: '18–35', children: 'Under 16' },
    ethnic: 'Ethnic-minority participants (if the programme asks)',
    respondents: 'People who took the test',
    tally: (n: number) => `Question ${n}: People who answered right`,
    files: 'Choose report files (several at once)',
  },
} as const;
type Words = (typeof WORDS)[keyof typeof WORDS];

interface Session {
  plan: string;
  date: string;
  trainer: string;
  placeType: 'village' | 'school';
  place: string;
  female: number;
  male: number;
  age: { group: 'adults' | 'children'; n: number };
  ethnic?: number;
  pre: { respondents: number; right: number[] };
  post: { respondents: number; right: number[] };
}

/** A village meeting (5 questions): 40% right before, 80% after. */
const VILLAGE: Session = {
  plan: 'hop-thon-90-phut', date: '2026-03-10', trainer: 'Sở Tư pháp', placeType: 'village', place: 'Thôn Nà Phìn',
  female: 12, male: 8, age: { group: 'adults', n: 20 }, ethnic: 15,
  pre: { respondents: 20, right: [8, 10, 6, 12, 4] },
  post: { respondents: 20, right: [16, 18, 14, 19, 13] },
};
/** A class (6 questions): 75/180 right before, 152/180 after. */
const SCHOOL_CLASS: Session = {
  plan: 'tiet-hoc-45-phut', date: '2026-05-20', trainer: 'Hội Liên hiệp Phụ nữ tỉnh', placeType: 'school', place: 'Trường THCS Lũng Cú',
  female: 15, male: 15, age: { group: 'children', n: 30 },
  pre: { respondents: 30, right: [12, 15, 9, 18, 6, 15] },
  post: { respondents: 30, right: [27, 27, 24, 29, 21, 24] },
};

async function waitForIsland(page: Page, selector: string) {
  await expect(page.locator(selector)).toBeVisible();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Text of a download as UTF-8 (the byte order mark kept, so a test can see it). */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

/** One trainer, in a browser of her own, records a session through the report page and exports her reports. */
async function recordAndExport(browser: Browser, site: string, words: Words, session: Session): Promise<{ name: string; text: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${site}${words.prefix}sessions/${session.plan}/report/`);
    await waitForIsland(page, '.session-report[data-ready]');
    await page.getByRole('button', { name: words.addSession }).click();
    await page.getByLabel(words.date).fill(session.date);
    await page.getByLabel(words.trainer).fill(session.trainer);
    await page.getByRole('radio', { name: words.placeType[session.placeType], exact: true }).check();
    await page.getByLabel(words.place).fill(session.place);
    await page.getByLabel(words.female, { exact: true }).fill(String(session.female));
    await page.getByLabel(words.male, { exact: true }).fill(String(session.male));
    await page.getByLabel(words.age[session.age.group], { exact: true }).fill(String(session.age.n));
    if (session.ethnic !== undefined) await page.getByLabel(words.ethnic).fill(String(session.ethnic));
    for (const which of ['pre', 'post'] as const) {
      const test = page.locator(`[data-report-test="${which}"]`);
      await test.getByLabel(words.respondents).fill(String(session[which].respondents));
      for (const [index, right] of session[which].right.entries()) await test.getByLabel(words.tally(index + 1)).fill(String(right));
    }
    await expect(page.locator('[data-overall]')).toContainText('%');
    return await downloaded(page, () => page.locator('[data-export]').click());
  } finally {
    await context.close();
  }
}

const DAMAGED = { name: 'bao-cao-hong.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"vung-buoc-session-reports","version":2,"reports":[{"id":') };

/** The coordinator, in a third browser, loads the trainers' files and a damaged one. */
async function loadAll(page: Page, url: string, words: Words, files: Array<{ name: string; text: string }>) {
  await page.goto(url);
  await waitForIsland(page, '.rollup[data-ready]');
  await page.getByLabel(words.files).setInputFiles([
    ...files.map((file) => ({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) })),
    DAMAGED,
  ]);
}

/** Pages in a PDF made by Chromium (its page objects are written uncompressed). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('two trainers\' files add up on the roll-up; a damaged file is named and skipped; the summary prints on one A4 page and the CSV has the same figures', async ({ browser, page }) => {
  test.setTimeout(90_000);
  const words = WORDS.vi;
  const village = await recordAndExport(browser, `${SCHOOL}/`, words, VILLAGE);
  const school = await recordAndExport(browser, `${SCHOOL}/`, words, SCHOOL_CLASS);
  expect(village.name).toMatch(/^bao-cao-so-tu-phap-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(village.text)).toMatchObject({
    version: 2,
    reports: [{ trainer: 'Sở Tư pháp', placeType: 'village', pre: { test: { slug: 'hop-thon-truoc', version: 2 } } }],
    tests: [{ slug: 'hop-thon-truoc', version: 2 }, { slug: 'hop-thon-sau', version: 2 }],
  });

  await page.goto('/sessions/');
  await page.locator('[data-rollup-link]').getByRole('link', { name: 'Tổng hợp báo cáo của nhóm giảng viên' }).click();
  await expect(page).toHaveURL(/\/reports\/$/);
  await expect(page.locator('[data-as-good-as]')).toHaveText('Số liệu chỉ đúng bằng các báo cáo đã nạp: thiếu tệp của ai thì thiếu các buổi của người đó; báo cáo ghi sai thì tổng cũng sai.');
  await loadAll(page, '/reports/', words, [village, school]);

  await expect(page.locator('[data-load-status]')).toHaveText('Đã nạp 2 tệp: 2 báo cáo mới, 0 báo cáo thay bằng bản mới hơn, 0 báo cáo đã có.');
  await expect(page.locator('[data-bad-file]')).toHaveText(['bao-cao-hong.json: không đọc được — không phải tệp JSON, hoặc tệp bị hỏng, bị cắt ngang.']);
  const totals = page.locator('[data-rollup-totals]');
  await expect(totals.locator('[data-figure="sessions"]')).toHaveText('Số buổi đã tổ chức: 2');
  await expect(totals.locator('[data-figure="attendances"]')).toHaveText('Lượt người tham gia: 50');
  await expect(totals.locator('[data-figure="sex"]')).toHaveText('Nữ: 27 · Nam: 23');
  await expect(totals.locator('[data-figure="ethnic"]')).toContainText('Lượt người dân tộc thiểu số: 15');
  // Pooled: (40 + 75) / 280 right before, (80 + 152) / 280 after.
  await expect(totals.locator('[data-figure="gain"]')).toHaveText(
    'Tỉ lệ trả lời đúng: đầu buổi 41%, cuối buổi 83%, tiến bộ +42 điểm phần trăm — tính gộp mọi câu trả lời của 2 buổi có cả hai bài kiểm tra.',
  );
  await expect(page.locator('[data-rollup-places] li')).toHaveText(['Thôn, bản: 1', 'Trường học: 1', 'Xã, phường: 0', 'Nơi khác: 0']);
  // What to reteach first: the village meeting's last question, 13 of 20 right at the end.
  await expect(page.locator('[data-question-row]').first()).toHaveAttribute('data-question-row', 'hop-thon-sau@2#q6');
  await expect(page.locator('[data-question-row]').first().locator('td').nth(1)).toHaveText('65% (13/20)');
  await expect(page.locator('[data-group-table="trainer"] [data-group-row] th')).toHaveText(['Hội Liên hiệp Phụ nữ tỉnh', 'Sở Tư pháp']);
  await expect(page.locator('.rollup svg[role="img"] title')).toHaveText(['Số buổi mỗi tháng', 'Tỉ lệ trả lời đúng đầu và cuối buổi, theo kế hoạch']);
  expect(await seriousViolations(page)).toEqual([]);

  const sentence = 'Trong toàn bộ thời gian, nhóm giảng viên đã tổ chức 2 buổi tại 1 thôn/bản và 1 trường, thu hút 50 lượt người tham gia. Trong đó có 27 lượt nữ và 23 lượt nam.';
  await expect(page.locator('[data-summary-sentence]')).toHaveText(sentence);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-rollup-summary]')).toBeVisible();
  for (const hidden of ['[data-rollup-load]', '[data-rollup-figures]', '[data-rollup-questions]', 'main h1', '.site-header']) await expect(page.locator(hidden)).toBeHidden();
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  const csv = await downloaded(page, () => page.locator('[data-rollup-csv]').click());
  expect(csv.name).toMatch(/^tong-hop-bao-cao-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csv.text.split('\r\n');
  expect(lines[0]).toBe(
    '\uFEFFNhóm,Tên,Số buổi,"Thôn, bản",Trường học,"Xã, phường",Nơi khác,Lượt người,Nữ,Nam,Dưới 16 tuổi,16–17 tuổi,18–35 tuổi,36–59 tuổi,Từ 60 tuổi,Lượt người dân tộc thiểu số,Số buổi có cả hai bài kiểm tra,Tỉ lệ đúng đầu buổi (%),Tỉ lệ đúng cuối buổi (%),Mức tiến bộ (điểm %)',
  );
  expect(lines[1]).toBe('Tổng cộng,toàn bộ thời gian,2,1,1,0,0,50,27,23,30,0,20,0,0,15,2,41,83,42');
  expect(lines.slice(2, 6)).toEqual([
    'Giảng viên,Hội Liên hiệp Phụ nữ tỉnh,1,0,1,0,0,30,15,15,30,0,0,0,0,,1,42,84,42',
    'Giảng viên,Sở Tư pháp,1,1,0,0,0,20,12,8,0,0,20,0,0,15,1,40,80,40',
    'Kế hoạch,Tiết học 45 phút: Mua bán người và bẫy “việc nhẹ lương cao”,1,0,1,0,0,30,15,15,30,0,0,0,0,,1,42,84,42',
    'Kế hoạch,"Họp thôn 90 phút: Nhận biết mua bán người, đi làm xa an toàn và đón nhận người trở về",1,1,0,0,0,20,12,8,0,0,20,0,0,15,1,40,80,40',
  ]);

  // A period narrows the figures; kept in this browser, the roll-up survives a reload.
  await page.getByRole('radio', { name: 'Một quý' }).check();
  await page.getByLabel('Quý', { exact: true }).selectOption('1');
  await expect(totals.locator('[data-figure="sessions"]')).toHaveText('Số buổi đã tổ chức: 1');
  await expect(page.locator('[data-summary-sentence]')).toHaveText(
    'Trong quý 1 năm 2026, nhóm giảng viên đã tổ chức 1 buổi tại 1 thôn/bản, thu hút 20 lượt người tham gia. Trong đó có 12 lượt nữ và 8 lượt nam.',
  );
  // A start date alone opens the sentence with its own preposition ("Từ …", not "Trong từ …").
  await page.getByRole('radio', { name: 'Chọn ngày' }).check();
  await page.getByLabel('Từ ngày').fill('2026-01-01');
  await expect(page.locator('[data-summary-sentence]')).toHaveText(/^Từ 1\/0?1\/2026, nhóm giảng viên đã tổ chức /);
  await page.reload();
  await waitForIsland(page, '.rollup[data-ready]');
  await expect(totals.locator('[data-figure="sessions"]')).toHaveText('Số buổi đã tổ chức: 2');

  // Loading the same files again never counts a session twice.
  await page.getByLabel(words.files).setInputFiles([village, school].map((file) => ({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) })));
  await expect(page.locator('[data-load-status]')).toHaveText('Đã nạp 2 tệp: 0 báo cáo mới, 0 báo cáo thay bằng bản mới hơn, 2 báo cáo đã có.');
  await expect(totals.locator('[data-figure="sessions"]')).toHaveText('Số buổi đã tổ chức: 2');
});

test('under /hoc/ in English: the same roll-up from two trainers, with the damaged file named and skipped', async ({ browser, page }) => {
  test.setTimeout(90_000);
  const words = WORDS.en;
  const village = await recordAndExport(browser, SCHOOL_HOC, words, { ...VILLAGE, trainer: 'Department of Justice' });
  const school = await recordAndExport(browser, SCHOOL_HOC, words, { ...SCHOOL_CLASS, trainer: 'Provincial Women’s Union' });

  await page.goto(`${SCHOOL_HOC}en/sessions/`);
  await page.locator('[data-rollup-link]').getByRole('link', { name: 'Programme roll-up of the trainer group' }).click();
  await expect(page).toHaveURL(`${SCHOOL_HOC}en/reports/`);
  await loadAll(page, `${SCHOOL_HOC}en/reports/`, words, [village, school]);

  await expect(page.locator('[data-load-status]')).toHaveText('Loaded 2 files: 2 new reports, 0 replaced by a newer copy, 0 already here.');
  await expect(page.locator('[data-bad-file]')).toHaveText(['bao-cao-hong.json: cannot be read — not a JSON file, or the file is damaged or cut short.']);
  await expect(page.locator('[data-figure="sessions"]')).toHaveText('Sessions held: 2');
  await expect(page.locator('[data-figure="attendances"]')).toHaveText('Attendances: 50');
  await expect(page.locator('[data-summary-sentence]')).toHaveText(
    'Over all the reports loaded, the trainer group held 2 sessions in 1 village and 1 school, with 50 attendances. Of these, 27 attendances were women and 23 men.',
  );
  await expect(page.locator('[data-summary-gain]')).toHaveText(
    'In the 2 sessions with a start and an end test, 41% of answers were right at the start and 83% at the end (+42 percentage points).',
  );
  const csv = await downloaded(page, () => page.locator('[data-rollup-csv]').click());
  expect(csv.name).toMatch(/^programme-rollup-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csv.text.split('\r\n');
  expect(lines[0]).toBe(
    '\uFEFFGroup,Name,Sessions,Villages,Schools,Communes and wards,Other places,Attendances,Women,Men,Under 16,16–17,18–35,36–59,60 and over,Ethnic-minority attendances,Sessions with both tests,Right at the start (%),Right at the end (%),Gain (points)',
  );
  expect(lines[1]).toBe('Total,all the reports loaded,2,1,1,0,0,50,27,23,30,0,20,0,0,15,2,41,83,42');
  expect(await seriousViolations(page)).toEqual([]);
});

test('files that are not reports, or come from a newer site, are named; an impossible figure is left out and named with its report', async ({ page }) => {
  const report = {
    id: 'too-many-1', session: 'hop-thon-90-phut', trainer: 'Sở Tư pháp', placeType: 'village', date: '2026-04-02', place: 'Bản Cốc', notes: '',
    headcount: { female: 5, male: 5, age: { under16: 0, from16to17: 0, from18to35: 10, from36to59: 0, from60: 0 }, ethnicMinority: 12 },
    pre: { test: { slug: 'hop-thon-truoc', version: 2 }, method: 'tallies', sheets: [], respondents: 10, correct: { q1: 4 } },
    post: { test: { slug: 'hop-thon-sau', version: 2 }, method: 'tallies', sheets: [], respondents: 0, correct: {} },
    createdAt: '2026-04-02T08:00:00.000Z', updatedAt: '2026-04-02T08:00:00.000Z',
  };
  const file = (name: string, data: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
  await page.goto('/reports/');
  await waitForIsland(page, '.rollup[data-ready]');
  await page.getByLabel(WORDS.vi.files).setInputFiles([
    file('tien-do.json', { format: 'vung-buoc-progress', version: 1 }),
    file('ban-moi.json', { format: 'vung-buoc-session-reports', version: 9, reports: [] }),
    file('so-tu-phap.json', { format: 'vung-buoc-session-reports', version: 2, reports: [report] }),
  ]);
  await expect(page.locator('[data-bad-file]')).toHaveText([
    'tien-do.json: không phải tệp báo cáo buổi của trang này.',
    'ban-moi.json: do phiên bản mới hơn của trang tạo ra (mẫu 9). Hãy cập nhật bản trang này rồi nạp lại.',
  ]);
  await expect(page.locator('[data-figure="attendances"]')).toHaveText('Lượt người tham gia: 10');
  await expect(page.locator('[data-figure="ethnic"]')).toHaveCount(0);
  await expect(page.locator('[data-rollup-issues] li')).toHaveText([
    'Sở Tư pháp — 2/04/2026 — Bản Cốc: Số người dân tộc thiểu số (12) lớn hơn số người tham dự (10), nên con số này không được tính.',
  ]);
});

test('on a 360 px phone, three trainers\' files fit the screen; the coordinator merges two names of one place by hand and splits them again', async ({ page }) => {
  const { trainerFiles } = await import('../fixtures/rollup/trainer-files.ts');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/reports/');
  await waitForIsland(page, '.rollup[data-ready]');
  await page.getByLabel(WORDS.vi.files).setInputFiles(trainerFiles().map((file) => ({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) })));
  await expect(page.locator('[data-figure="sessions"]')).toHaveText('Số buổi đã tổ chức: 12');
  await expect(page.locator('[data-undated]')).toHaveText('Trong đó 1 báo cáo không có ngày.');
  const wide = await page.evaluate(() => [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > 361 && !el.closest('.table-scroll')).map((el) => `${el.tagName}.${el.className}`).slice(0, 10));
  expect(wide).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  const villages = page.locator('[data-place-count="village"]');
  await expect(villages).toHaveText('Thôn, bản: 4');
  await page.getByLabel('Tên này').selectOption({ label: 'Thôn, bản: Bản Phìn Hồ' });
  await page.getByLabel('là cùng một nơi với').selectOption({ label: 'Trường học: THCS Lũng Cú' });
  await page.getByRole('button', { name: 'Gộp', exact: true }).click();
  await expect(page.locator('[data-merge-message]')).toHaveText('Không gộp được: hai nơi khác loại (Thôn, bản và Trường học).');
  await page.getByLabel('là cùng một nơi với').selectOption({ label: 'Thôn, bản: Thôn Sủng Là' });
  await page.getByRole('button', { name: 'Gộp', exact: true }).click();
  await expect(page.locator('[data-merge-message]')).toHaveText('Đã gộp "Bản Phìn Hồ" vào "Thôn Sủng Là".');
  await expect(villages).toHaveText('Thôn, bản: 3');
  // The merge is kept with the roll-up.
  await page.reload();
  await waitForIsland(page, '.rollup[data-ready]');
  await expect(villages).toHaveText('Thôn, bản: 3');
  await page.locator('[data-places-of="village"]').getByRole('button', { name: 'Tách lại: Thôn Sủng Là' }).click();
  await expect(villages).toHaveText('Thôn, bản: 4');
  // The button pressed is gone: a keyboard user carries on from the section's heading.
  await expect(page.locator('#rollup-places-title')).toBeFocused();
});

test('the roll-up moves to another computer as one file; a damaged kept roll-up is copied aside and offered for download', async ({ page }) => {
  const { trainerFiles } = await import('../fixtures/rollup/trainer-files.ts');
  await page.goto('/reports/');
  await waitForIsland(page, '.rollup[data-ready]');
  await page.getByLabel(WORDS.vi.files).setInputFiles(trainerFiles().map((file) => ({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) })));
  await expect(page.locator('[data-figure="sessions"]')).toHaveText('Số buổi đã tổ chức: 12');
  const rollup = await downloaded(page, () => page.locator('[data-rollup-export]').click());
  expect(rollup.name).toMatch(/^tong-hop-bao-cao-\d{4}-\d{2}-\d{2}\.json$/);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Xoá bản tổng hợp trên máy này' }).click();
  await expect(page.locator('[data-rollup-kept]')).toHaveText('Chưa nạp tệp nào.');
  await page.getByLabel(WORDS.vi.files).setInputFiles({ name: rollup.name, mimeType: 'application/json', buffer: Buffer.from(rollup.text) });
  await expect(page.locator('[data-figure="sessions"]')).toHaveText('Số buổi đã tổ chức: 12');

  await page.evaluate(() => localStorage.setItem('vungbuoc:rollup', '{"version":1,"reports":"x"}'));
  await page.reload();
  await waitForIsland(page, '.rollup[data-ready]');
  await expect(page.locator('[data-rollup-notice]')).toHaveText('Bản tổng hợp trên trình duyệt này bị hỏng nên không đọc được. Một bản sao đã được giữ lại (không xoá gì); tải về ở cuối trang.');
  const copy = await downloaded(page, () => page.getByRole('button', { name: 'Tải bản sao 1' }).click());
  expect(copy.text).toBe('{"version":1,"reports":"x"}');
});
