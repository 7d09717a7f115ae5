/**
 * A trainer runs a lesson from the static build: the audience deck, the presenter view driving
 * it in another window (BroadcastChannel, or the storage event), notes kept off the audience's
 * pages, and the printed papers (handout, large print, trainer script).
 */
import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { SCHOOL_HOC } from './support/sites.ts';

const LESSON = '/lessons/mua-ban-nguoi-la-gi/';
const DECK = `${LESSON}slides/`;
const PRESENTER = `${LESSON}slides/presenter/`;
/** Text that only appears in a `:::notes` block of the lesson (on slide 3). */
const NOTE = 'Giải thích cho lớp';

/** Pages in a PDF made by Chromium (its page objects are written uncompressed). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Lesson slugs of a locale, from the content folder. */
const lessonSlugs = (locale: string) => readdirSync(new URL(`../../content/lessons/${locale}/`, import.meta.url)).map((file) => file.replace(/\.md$/, ''));

const visibleSlide = (page: Page) => page.locator('[data-deck-stage] > [data-slide]:visible');
const presenterSlide = (page: Page) => page.locator('[data-presenter-item]:visible');

async function expectOnSlide(page: Page, n: number) {
  await expect(page).toHaveURL(new RegExp(`#${n}$`));
  await expect(visibleSlide(page)).toHaveCount(1);
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', String(n));
}

test.describe('the audience deck', () => {
  test('turns pages with the keyboard, one slide at a time, and announces each politely', async ({ page }) => {
    await page.goto(DECK);
    const total = await page.locator('[data-deck-stage] > [data-slide]').count();
    expect(total).toBe(10);
    await expect(visibleSlide(page).getByRole('heading', { level: 1 })).toHaveText('Mua bán người là gì?');
    await expect(visibleSlide(page)).toContainText('15 phút');
    await expect(visibleSlide(page)).toContainText('Mục tiêu bài học');

    await page.keyboard.press('ArrowRight');
    await expectOnSlide(page, 2);
    await expect(visibleSlide(page).getByRole('heading', { level: 2 })).toHaveText('Mở đầu');
    await expect(page.getByRole('status')).toHaveText('Trang 2 trên 10: Mở đầu');
    await page.keyboard.press('Space');
    await expectOnSlide(page, 3);
    await page.keyboard.press('PageDown');
    await expectOnSlide(page, 4);
    await page.keyboard.press('PageUp');
    await expectOnSlide(page, 3);
    await page.keyboard.press('ArrowLeft');
    await expectOnSlide(page, 2);
    await page.keyboard.press('End');
    await expectOnSlide(page, 10);
    await expect(visibleSlide(page).getByRole('heading', { level: 2 })).toHaveText('Điều cần nhớ');
    await expect(visibleSlide(page).locator('.help-line a[href="tel:111"]')).toBeVisible();
    await expect(visibleSlide(page).locator('.help-line a[href="tel:113"]')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expectOnSlide(page, 10);
    await page.keyboard.press('Home');
    await expectOnSlide(page, 1);
    expect(await page.locator('[role="application"]').count()).toBe(0);
  });

  test('a continuation slide after --- carries its section title', async ({ page }) => {
    await page.goto(`${DECK}#6`);
    await expect(visibleSlide(page).getByRole('heading', { level: 2 })).toHaveText('Không chỉ ở nước ngoài, không chỉ con gái (tiếp)');
    await expect(visibleSlide(page)).toContainText('163 vụ');
  });

  test('the slide number in the address survives a reload and works as a link', async ({ page }) => {
    await page.goto(DECK);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectOnSlide(page, 3);
    await page.reload();
    await expectOnSlide(page, 3);
    await expect(visibleSlide(page).getByRole('heading', { level: 2 })).toHaveText('Ba câu hỏi để nhận ra mua bán người');

    const other = await page.context().newPage();
    await other.goto(`${DECK}#7`);
    await expectOnSlide(other, 7);
  });

  test('goes to a typed slide number on Enter', async ({ page }) => {
    await page.goto(DECK);
    await page.keyboard.press('7');
    await expect(page.locator('[data-deck-typed]')).toHaveText('Đến trang 7 — bấm Enter');
    await page.keyboard.press('Enter');
    await expectOnSlide(page, 7);
    await expect(page.locator('[data-deck-typed]')).toBeHidden();
    await page.keyboard.press('1');
    await page.keyboard.press('0');
    await page.keyboard.press('Enter');
    await expectOnSlide(page, 10);
  });

  test('O opens the overview grid; choosing a slide goes there and closes it', async ({ page }) => {
    await page.goto(`${DECK}#2`);
    const overview = page.getByRole('navigation', { name: 'Tổng quan các trang' });
    await expect(overview).toBeHidden();
    await page.keyboard.press('o');
    await expect(overview).toBeVisible();
    await expect(overview.locator('[data-goto]')).toHaveCount(10);
    await expect(overview.locator('[aria-current="true"]')).toBeFocused();
    await expect(overview.locator('[aria-current="true"]')).toContainText('Mở đầu');
    await overview.getByRole('link', { name: /Người bị mua bán không có lỗi$/ }).click();
    await expect(overview).toBeHidden();
    await expectOnSlide(page, 7);

    await page.getByRole('button', { name: 'Tổng quan các trang' }).click();
    await expect(overview).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(overview).toBeHidden();
  });

  test('B blanks the screen and brings it back', async ({ page }) => {
    await page.goto(`${DECK}#3`);
    await page.keyboard.press('b');
    await expect(page.locator('[data-deck-blank]')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Màn hình đang tắt. Bấm B để bật lại.');
    await page.keyboard.press('B');
    await expect(page.locator('[data-deck-blank]')).toBeHidden();
    await expectOnSlide(page, 3);
  });

  test('a swipe turns the page on a touch screen', async ({ page }) => {
    await page.goto(DECK);
    const swipe = (fromX: number, toX: number) =>
      page.evaluate(([from, to]) => {
        const stage = document.querySelector('[data-deck-stage]')!;
        const touch = (x: number) => new Touch({ identifier: 1, target: stage, clientX: x, clientY: 300 });
        stage.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(from!)], changedTouches: [touch(from!)], bubbles: true }));
        stage.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(to!)], bubbles: true }));
      }, [fromX, toX]);
    await swipe(600, 300);
    await expectOnSlide(page, 2);
    await swipe(300, 600);
    await expectOnSlide(page, 1);
  });

  test('keeps a small quick-exit button in a corner, and Shift three times still exits', async ({ page }) => {
    await page.goto(`${DECK}#4`);
    await expect(page.getByRole('link', { name: /Thoát nhanh/ })).toHaveAttribute('href', '/cong-thuc/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(/\/cong-thuc\/$/);
  });

  test('reads as a sequence of slides with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(DECK);
    await expect(page.locator('[data-deck-stage] > [data-slide]:visible')).toHaveCount(10);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mua bán người là gì?');
    await expect(page.getByRole('heading', { name: 'Người bị mua bán không có lỗi (tiếp)' }).first()).toBeVisible();
    await expect(page.locator('.deck-noscript')).toContainText('JavaScript đang tắt nên các trang chiếu được xếp lần lượt bên dưới.');
    await expect(page.locator('.deck-noscript')).toBeVisible();
    await expect(page.locator('[data-deck-controls]')).toBeHidden();
    await context.close();
  });

  test('works under a sub-path', async ({ page }) => {
    await page.goto(`${SCHOOL_HOC}lessons/mua-ban-nguoi-la-gi/slides/#2`);
    await expectOnSlide(page, 2);
    await page.keyboard.press('ArrowRight');
    await expectOnSlide(page, 3);
    await expect(page.getByRole('link', { name: /Thoát nhanh/ })).toHaveAttribute('href', '/hoc/cong-thuc/');
  });
});

test.describe('speaker notes', () => {
  test('never reach the audience: not in the deck, not on the lesson page', async ({ page }) => {
    await page.goto(DECK);
    for (let n = 1; n <= 10; n++) {
      await page.keyboard.press(n === 1 ? 'Home' : 'ArrowRight');
      await expectOnSlide(page, n);
    }
    const deck = await page.content();
    expect(deck).not.toContain(NOTE);
    expect(deck).not.toContain('speaker-notes');
    expect(await page.locator('[data-notes]').count()).toBe(0);

    const raw = await page.evaluate((path) => fetch(path).then((response) => response.text()), DECK);
    expect(raw).toContain('Ba câu hỏi để nhận ra mua bán người');
    expect(raw).not.toContain(NOTE);

    await page.goto(LESSON);
    expect(await page.content()).not.toContain(NOTE);
    await page.goto(`/en${DECK}`);
    expect(await page.content()).not.toContain('speaker-notes');
  });

  test('are shown in the presenter view, slide by slide', async ({ page }) => {
    await page.goto(`${PRESENTER}#3`);
    await expect(presenterSlide(page).locator('.presenter__notes')).toContainText(NOTE);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/#2$/);
    await expect(presenterSlide(page).locator('.presenter__notes')).toContainText('Trang này không có ghi chú.');
    await expect(page.locator('.presenter__notes:visible')).not.toContainText(NOTE);
  });
});

test.describe('the presenter view', () => {
  test('shows the current slide, the next one, the timer, the clock and the time budget', async ({ page }) => {
    await page.clock.install({ time: new Date(2026, 10, 27, 7, 59, 0) });
    await page.goto(PRESENTER);
    await page.clock.pauseAt(new Date(2026, 10, 27, 8, 0, 0));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Người trình bày: Mua bán người là gì?');
    await expect(presenterSlide(page)).toHaveCount(1);
    await expect(presenterSlide(page).locator('.presenter__current [data-slide]')).toHaveAttribute('data-slide', '1');
    await expect(presenterSlide(page).locator('.presenter__next [data-slide]')).toHaveAttribute('data-slide', '2');
    await page.clock.runFor(1_000);
    await expect(page.locator('[data-clock]')).toHaveText('08:00');
    await expect(page.locator('[data-timer-elapsed]')).toHaveText('0:00');
    await expect(page.getByText('Thời lượng bài: 15 phút')).toBeVisible();
    await expect(page.locator('[data-timer-remaining]')).toHaveText('còn 15:00');

    await page.getByRole('button', { name: 'Bắt đầu' }).click();
    await page.clock.runFor(95_000);
    await expect(page.locator('[data-timer-elapsed]')).toHaveText('1:35');
    await expect(page.locator('[data-timer-remaining]')).toHaveText('còn 13:25');
    await page.getByRole('button', { name: 'Tạm dừng' }).click();
    await page.clock.runFor(60_000);
    await expect(page.locator('[data-timer-elapsed]')).toHaveText('1:35');
    await expect(page.locator('[data-clock]')).toHaveText('08:02');
    // The timer survives a reload of the presenter tab.
    await page.reload();
    await expect(page.locator('[data-timer-elapsed]')).toHaveText('1:35');
    await page.getByRole('button', { name: 'Đặt lại' }).click();
    await expect(page.locator('[data-timer-elapsed]')).toHaveText('0:00');

    await page.keyboard.press('End');
    await expect(presenterSlide(page).locator('.presenter__next')).toContainText('Đây là trang cuối.');
  });

  test('the timer reads 0:00 until the first slide change, then runs against each slide\'s planned time', async ({ page }) => {
    await page.clock.install({ time: new Date(2026, 10, 27, 7, 59, 0) });
    await page.goto(PRESENTER);
    await page.clock.pauseAt(new Date(2026, 10, 27, 8, 0, 0));
    await expect(page.getByText('Đồng hồ bắt đầu khi bạn chuyển trang lần đầu, hoặc khi bấm Bắt đầu.')).toBeVisible();
    // People settle with the title slide up: no time counted, no pace shown.
    await page.clock.runFor(120_000);
    await expect(page.locator('[data-clock]')).toHaveText('08:02');
    await expect(page.locator('[data-timer-elapsed]')).toHaveText('0:00');
    await expect(page.locator('[data-timer-pace]')).toHaveText('');
    await expect(page.locator('[data-timer-toggle]')).toHaveText('Bắt đầu');

    // 15 minutes over the nine slides after the title: 1:40 each.
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-timer-toggle]')).toHaveText('Tạm dừng');
    await page.clock.runFor(95_000);
    await expect(page.locator('[data-timer-elapsed]')).toHaveText('1:35');
    await expect(page.locator('[data-timer-pace]')).toHaveText('Trang này theo kế hoạch: 0:00–1:40 — đúng kế hoạch');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-timer-pace]')).toHaveText('Trang này theo kế hoạch: 1:40–3:20 — sớm 0:05 so với kế hoạch');
    await page.clock.runFor(200_000);
    await expect(page.locator('[data-timer-elapsed]')).toHaveText('4:55');
    await expect(page.locator('[data-timer-pace]')).toHaveText('Trang này theo kế hoạch: 1:40–3:20 — chậm 1:35 so với kế hoạch');
    // Later slide changes leave a paused timer paused.
    await page.getByRole('button', { name: 'Tạm dừng' }).click();
    await page.keyboard.press('ArrowRight');
    await page.clock.runFor(30_000);
    await expect(page.locator('[data-timer-elapsed]')).toHaveText('4:55');
  });

  test('drives an audience tab of the same deck, and follows it back', async ({ context }) => {
    const presenter = await context.newPage();
    await presenter.goto(PRESENTER);
    const audience = await context.newPage();
    await audience.goto(DECK);
    await expectOnSlide(audience, 1);

    await presenter.bringToFront();
    await presenter.keyboard.press('ArrowRight');
    await presenter.keyboard.press('ArrowRight');
    await presenter.keyboard.press('ArrowRight');
    await expect(presenter).toHaveURL(/#4$/);
    await expectOnSlide(audience, 4);

    await presenter.getByRole('button', { name: 'Trang sau' }).click();
    await expectOnSlide(audience, 5);

    await presenter.keyboard.press('b');
    await expect(audience.locator('[data-deck-blank]')).toBeVisible();
    await expect(presenter.getByText('Màn hình khán giả đang tắt — bấm B để bật lại.')).toBeVisible();
    await presenter.keyboard.press('b');
    await expect(audience.locator('[data-deck-blank]')).toBeHidden();

    // The room's clicker is plugged into the projector laptop: the presenter view follows.
    await audience.bringToFront();
    await audience.keyboard.press('ArrowLeft');
    await expect(presenter).toHaveURL(/#4$/);
    await expect(presenterSlide(presenter)).toHaveAttribute('data-presenter-item', '4');
  });

  test('an audience tab opened later joins at the presenter\'s slide', async ({ context }) => {
    const presenter = await context.newPage();
    await presenter.goto(`${PRESENTER}#6`);
    const audience = await context.newPage();
    await audience.goto(DECK);
    await expectOnSlide(audience, 6);
  });

  test('opens the audience window at the current slide', async ({ context, page }) => {
    await page.goto(`${PRESENTER}#3`);
    const [audience] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Mở cửa sổ trình chiếu' }).click()]);
    await audience.waitForLoadState();
    await expectOnSlide(audience, 3);
    await page.keyboard.press('ArrowRight');
    await expectOnSlide(audience, 4);
  });

  test('keeps the windows together through the storage event where there is no BroadcastChannel', async ({ browser }) => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
    });
    const presenter = await context.newPage();
    await presenter.goto(PRESENTER);
    const audience = await context.newPage();
    await audience.goto(DECK);
    expect(await audience.evaluate(() => 'BroadcastChannel' in window)).toBe(false);
    await presenter.bringToFront();
    await presenter.keyboard.press('ArrowRight');
    await presenter.keyboard.press('ArrowRight');
    await expectOnSlide(audience, 3);
    expect(await audience.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('vungbuoc:deck:')))).toEqual([
      'vungbuoc:deck:mua-ban-nguoi-la-gi',
    ]);
    await context.close();
  });

  test('lists every slide with its notes when JavaScript is off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PRESENTER);
    await expect(page.locator('[data-presenter-item]:visible')).toHaveCount(10);
    await expect(page.getByText(NOTE)).toBeVisible();
    await expect(page.locator('.presenter__next:visible')).toHaveCount(0);
    await context.close();
  });
});

test.describe('printed papers', () => {
  test('the lesson page links to the handout', async ({ page }) => {
    await page.goto(LESSON);
    await page.getByRole('link', { name: 'In bài' }).click();
    await expect(page).toHaveURL(/\/lessons\/mua-ban-nguoi-la-gi\/print\/$/);
  });

  test('the handout prints key points, the scenario and help on one sheet, without navigation, notes or the full text', async ({ page }) => {
    await page.goto(`${LESSON}print/`);
    await expect(page.getByRole('navigation', { name: 'Các bản in của bài' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.safety-bar', '.site-header', '.site-footer', '.breadcrumbs', '.print-toolbar']) {
      await expect(page.locator(chrome).first()).toBeHidden();
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mua bán người là gì?');
    await expect(page.getByRole('heading', { name: 'Điều cần nhớ' })).toBeVisible();
    await expect(page.locator('[data-handout-scenarios] .callout-label')).toHaveText(['Tình huống: Chuyện của Tuấn']);
    await expect(page.getByRole('heading', { name: 'Nơi tìm trợ giúp' })).toBeVisible();
    await expect(page.locator('.help-section a[href="tel:111"]')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nguồn thông tin' })).toBeVisible();
    // The full text stays in the large-print paper, and the handout says where to find it.
    await expect(page.getByRole('heading', { name: 'Người bị mua bán không có lỗi' })).toHaveCount(0);
    await expect(page.locator('.lesson-paper__full-text')).toHaveText('Toàn bộ bài “Mua bán người là gì?” có trong bản in chữ to (hỏi người hướng dẫn) và trên trang Vững Bước.');
    expect(await page.content()).not.toContain(NOTE);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
  });

  test('every lesson\'s handout fits one sheet: two A4 sides at most, in both languages', async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ media: 'print' });
    const pages: Record<string, number> = {};
    for (const [prefix, slug] of [...lessonSlugs('vi').map((slug) => ['', slug]), ...lessonSlugs('en').map((slug) => ['/en', slug])]) {
      await page.goto(`${prefix}/lessons/${slug}/print/`);
      pages[`${prefix}/lessons/${slug}/print/`] = pdfPages(await page.pdf({ format: 'A4' }));
    }
    expect(Object.keys(pages).length).toBeGreaterThanOrEqual(20);
    expect(Object.entries(pages).filter(([, n]) => n < 1 || n > 2)).toEqual([]);
  });

  test('the large-print paper keeps the full lesson text, set larger', async ({ page }) => {
    const keyPointSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.key-points li')!).fontSize));
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${LESSON}print/`);
    const regular = await keyPointSize();
    await page.goto(`${LESSON}print/large/`);
    expect(await keyPointSize()).toBeGreaterThanOrEqual(regular * 1.4);
    await expect(page.getByRole('heading', { name: 'Người bị mua bán không có lỗi' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Điều cần nhớ' })).toBeVisible();
    await expect(page.locator('.help-section a[href="tel:111"]')).toBeVisible();
    await expect(page.locator('.site-header')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });

  test('the trainer script prints every slide followed by its notes', async ({ page }) => {
    await page.goto(`${LESSON}print/script/`);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.safety-bar', '.site-header', '.breadcrumbs', '.print-toolbar']) {
      await expect(page.locator(chrome).first()).toBeHidden();
    }
    await expect(page.getByText('Thời lượng 15 phút cho 10 trang chiếu — khoảng 1,5 phút mỗi trang sau trang tiêu đề (trang tiêu đề để lúc mọi người ổn định chỗ ngồi).')).toBeVisible();
    const slides = page.locator('[data-script-slide]');
    await expect(slides).toHaveCount(10);
    await expect(slides.nth(2).getByRole('heading', { level: 2 })).toHaveText('Trang chiếu 3/10: Ba câu hỏi để nhận ra mua bán người');
    await expect(slides.nth(2).locator('.script-slide__notes')).toContainText(NOTE);
    await expect(slides.nth(1).locator('.script-slide__notes')).toContainText('Không có ghi chú.');
    await expect(slides.nth(9).locator('.help-line a[href="tel:111"]')).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing serious on the deck, its overview and the presenter view (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${DECK}#3`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('o');
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(`${PRESENTER}#3`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(`${LESSON}print/script/`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(`${LESSON}print/large/`);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('axe finds nothing serious on a phone, and on an untranslated lesson in English', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${DECK}#4`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${PRESENTER}#4`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('/en/lessons/ban-moi-tren-mang/slides/#2');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
