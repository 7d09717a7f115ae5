import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { SCHOOL_HOC } from './support/sites.ts';

/** The search page's own box (the header has one too). */
const searchBox = (page: Page) => page.getByRole('main').getByRole('searchbox', { name: 'Tìm kiếm', exact: true });
const results = (page: Page) => page.locator('[data-search-result]');
const firstResultLink = (page: Page) => results(page).first().getByRole('link');
/** Snippets fill in as each lesson's text arrives; the list says when every shown one has. */
const snippetsReady = (page: Page) => expect(page.locator('[data-search-results][data-snippets="ready"]')).toBeAttached();

/** Counts requests for the search index's manifest. */
function countIndexRequests(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (/\/search-index\/\w+\.json/.test(request.url())) count += 1;
  });
  return () => count;
}

/** Paths of the files fetched from beside the manifest (shards and lesson texts), in order. */
function searchFileRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/\/search-index\/\w+\//.test(pathname)) paths.push(pathname);
  });
  return paths;
}

test.describe('search', () => {
  test('queries with and without diacritics return the same top lesson', async ({ page }) => {
    await page.goto('/search/?q=việc nhẹ lương cao');
    await expect(firstResultLink(page)).toHaveAttribute('href', '/lessons/viec-nhe-luong-cao/');
    await expect(page).toHaveURL(/\?q=vi%E1%BB%87c/);
    const withMarks = await results(page).locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

    await page.goto('/search/?q=viec nhe luong cao');
    await expect(firstResultLink(page)).toHaveAttribute('href', '/lessons/viec-nhe-luong-cao/');
    const withoutMarks = await results(page).locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // Typed marks narrow the match to those letters; without marks every spelling matches, so
    // the unmarked query finds at least as many lessons, and the best ones in the same order.
    expect(withoutMarks.slice(0, 3)).toEqual(withMarks.slice(0, 3));
    expect(withoutMarks.length).toBeGreaterThanOrEqual(withMarks.length);
  });

  test('typing finds lessons as you type, and marks the matched words', async ({ page }) => {
    // Lesson texts (not the word shards, `s-*`) arrive late, as on a slow network: titles show
    // first, and the snippets' marks follow.
    await page.route(/\/search-index\/\w+\/(?!s-)[^/]+\.json$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.goto('/search/');
    await expect(page.locator('[data-search-app][data-ready="true"]')).toBeVisible();
    await searchBox(page).fill('ho chieu');
    const first = results(page).first();
    await expect(first).toBeVisible();
    await snippetsReady(page);
    const marked = await results(page).locator('mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    // Any spelling of "ho", and "chieu" as the word being typed ("chiếu", "chiều").
    const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
    for (const text of marked) expect(['ho', 'chieu']).toContain(folded(text));
    expect(marked).toContain('chiếu');
    await expect(first.locator('.search-result__snippet mark').first()).toBeVisible();
    await expect(page).toHaveURL(/\/search\/\?q=ho\+chieu$/);
  });

  test('the track filter keeps only lessons of the chosen track', async ({ page }) => {
    await page.goto('/search/?q=mua ban nguoi');
    await expect(results(page).first()).toBeVisible();
    const total = await results(page).count();
    const filter = page.getByRole('group', { name: 'Lọc theo lộ trình' });
    await filter.getByRole('radio', { name: /^Giáo viên \(\d+\)$/ }).check();
    await expect(results(page).first()).toBeVisible();
    const tracks = await results(page).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.track));
    expect(tracks.length).toBeLessThan(total);
    expect(new Set(tracks)).toEqual(new Set(['teacher']));
    await expect(page).toHaveURL(/track=teacher/);
    await expect(page.getByRole('status')).toContainText(`${tracks.length} bài trong lộ trình Giáo viên`);
    await filter.getByRole('radio', { name: /^Tất cả/ }).check();
    await expect(results(page)).toHaveCount(total);
  });

  test('the track filter works from the keyboard: arrows choose a track, focus stays on the chosen one', async ({ page }) => {
    await page.goto('/search/?q=mua ban nguoi');
    const filter = page.getByRole('group', { name: 'Lọc theo lộ trình' });
    const all = filter.getByRole('radio', { name: /^Tất cả/ });
    await all.focus();
    await page.keyboard.press('ArrowRight');
    const chosen = filter.getByRole('radio', { checked: true });
    await expect(chosen).toBeFocused();
    await expect(chosen).not.toHaveAccessibleName(/^Tất cả/);
    const track = await chosen.getAttribute('value');
    await expect(results(page).first()).toHaveAttribute('data-track', track!);
    await expect(page).toHaveURL(new RegExp(`track=${track}`));
    await page.keyboard.press('ArrowLeft');
    await expect(all).toBeFocused();
    await expect(all).toBeChecked();
  });

  test('an empty page suggests searches and the help line; a fruitless query says what to try', async ({ page }) => {
    await page.goto('/search/');
    const suggestions = page.getByRole('region', { name: 'Bạn có thể thử tìm' });
    await expect(suggestions.getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Cần giúp ngay?' }).getByRole('link', { name: '111' })).toHaveAttribute('href', 'tel:111');

    await searchBox(page).fill('zzxqv');
    await expect(page.getByRole('status')).toHaveText('Không tìm thấy bài nào cho “zzxqv”.');
    await expect(results(page)).toHaveCount(0);
    await expect(page.getByText('kiểm tra chính tả, hoặc gõ không dấu;')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Cần giúp ngay?' })).toBeVisible();

    const suggestion = suggestions.getByRole('link').first();
    const text = (await suggestion.textContent())!;
    await suggestion.click();
    await expect(searchBox(page)).toHaveValue(text);
    await expect(results(page).first()).toBeVisible();
  });

  test('the header box leads to the search page, and fetches the index once, on focus', async ({ page }) => {
    const indexRequests = countIndexRequests(page);
    const files = searchFileRequests(page);
    await page.goto('/help/');
    const header = page.getByRole('banner');
    const box = header.getByRole('searchbox', { name: 'Tìm kiếm' });
    expect(indexRequests()).toBe(0);
    const prefetched = page.waitForResponse(/\/search-index\/vi\.json$/);
    await box.focus();
    await expect.poll(indexRequests).toBe(1);
    // Only the small manifest (no lesson text, no postings): shards and texts wait for a query.
    expect((await (await prefetched).body()).length).toBeLessThan(40_000);
    await page.waitForLoadState('networkidle');
    expect(files).toEqual([]);
    await box.blur();
    await box.focus();
    await box.fill('đường mòn');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%C4%91%C6%B0%E1%BB%9Dng\+m%C3%B2n$/);
    await expect(searchBox(page)).toHaveValue('đường mòn');
    await expect(firstResultLink(page)).toHaveAttribute('href', '/lessons/moi-gioi-hon-nhan-va-duong-mon/');
  });

  test('the search page fetches its index once', async ({ page }) => {
    const indexRequests = countIndexRequests(page);
    await page.goto('/search/?q=lua dao');
    await expect(results(page).first()).toBeVisible();
    await page.getByRole('banner').getByRole('searchbox').focus();
    await searchBox(page).fill('tuyen dung');
    await expect(results(page).first()).toBeVisible();
    // A late second fetch would come after the results: wait until the network is quiet.
    await page.waitForLoadState('networkidle');
    expect(indexRequests()).toBe(1);
  });

  test('a query downloads the shards of its words and the texts of the results shown, never the whole index', async ({ page }) => {
    const files = searchFileRequests(page);
    await page.goto('/search/?q=hộ chiếu');
    await expect(results(page).first().locator('.search-result__snippet mark').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const manifest = await page.evaluate(async () => (await fetch('/search-index/vi.json')).json() as Promise<{ shards: string[]; docs: Array<{ slug: string; text: string }> }>);
    const shards = files.filter((path) => /\/s-[0-9a-z]+\.json$/.test(path));
    const texts = files.filter((path) => !shards.includes(path));
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThanOrEqual(2);
    expect(manifest.shards.length).toBeGreaterThan(10);
    // One text per result on screen, and only those.
    const shown = await results(page).locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').at(-2)!));
    const byText = new Map(manifest.docs.map((doc) => [`/search-index/vi/${doc.slug}.${doc.text}.json`, doc.slug]));
    expect(texts.map((path) => byText.get(path)).sort()).toEqual([...shown].sort());
    expect(shown.length).toBeLessThan(manifest.docs.length);
  });

  test('"show more" brings the next results with their snippets and moves focus to the first new one', async ({ page }) => {
    await page.goto('/search/?q=mua ban nguoi');
    await expect(results(page)).toHaveCount(20);
    const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(results(page).nth(20).getByRole('link')).toBeFocused();
    await expect(results(page).nth(20).locator('.search-result__snippet')).not.toBeEmpty();
  });

  test('when the search data cannot be fetched, it says so, and "try again" recovers', async ({ page }) => {
    await page.route('**/search-index/vi/s-*.json', (route) => route.abort());
    await page.goto('/search/?q=lua dao');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Chưa tải được dữ liệu tìm kiếm.');
    await expect(results(page)).toHaveCount(0);
    await page.unroute('**/search-index/vi/s-*.json');
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await expect(results(page).first()).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('Back from a lesson restores the query and its results', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.locator('[data-search-app][data-ready="true"]')).toBeVisible();
    await searchBox(page).fill('xuat khau lao dong');
    const link = firstResultLink(page);
    await expect(link).toHaveAttribute('href', '/lessons/xuat-khau-lao-dong-that-gia/');
    await link.click();
    await expect(page).toHaveURL(/\/lessons\/xuat-khau-lao-dong-that-gia\/$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/search\/\?q=xuat\+khau\+lao\+dong$/);
    await expect(searchBox(page)).toHaveValue('xuat khau lao dong');
    await expect(firstResultLink(page)).toHaveAttribute('href', '/lessons/xuat-khau-lao-dong-that-gia/');
  });

  test('without JavaScript the header form still reaches the search page, which says search needs JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    const box = page.getByRole('banner').getByRole('searchbox', { name: 'Tìm kiếm' });
    await box.fill('viec lam');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=viec\+lam$/);
    // Playwright's text and role queries skip <noscript>, so find the note by its attribute.
    const note = page.locator('[data-search-noscript]');
    await expect(note).toBeVisible();
    await expect(note).toContainText('Tìm kiếm cần bật JavaScript.');
    await context.close();
  });

  test('English search shows untranslated lessons marked as Vietnamese only', async ({ page }) => {
    await page.goto('/en/search/?q=trafficking');
    await expect(firstResultLink(page)).toHaveAttribute('href', '/en/lessons/mua-ban-nguoi-la-gi/');
    await page.getByRole('main').getByRole('searchbox', { name: 'Search', exact: true }).fill('duong mon');
    const first = results(page).first();
    await expect(first.getByRole('link')).toHaveAttribute('lang', 'vi');
    await expect(first).toContainText('In Vietnamese only');
  });

  test('works under a sub-path', async ({ page }) => {
    await page.goto(`${SCHOOL_HOC}search/?q=ho tro nguoi tro ve`);
    await expect(firstResultLink(page)).toHaveAttribute('href', /^\/hoc\/lessons\/[a-z0-9-]+\/$/);
  });

  test('a word typed with diacritics finds exactly that word: "hộ chiếu" marks no "hồ", "họ" or "chiều"', async ({ page }) => {
    await page.goto('/search/?q=ho chieu');
    await expect(results(page).first()).toBeVisible();
    const loose = await results(page).count();
    const markTexts = async () => (await results(page).locator('mark').allTextContents()).map((text) => text.toLowerCase());
    await snippetsReady(page);
    expect(await markTexts()).toEqual(expect.arrayContaining(['họ']));

    await searchBox(page).fill('hộ chiếu');
    await expect(page.getByRole('status')).toHaveText(/^Tìm thấy \d+ bài cho “hộ chiếu”\.$/);
    const strict = await results(page).count();
    expect(strict).toBeGreaterThan(0);
    expect(strict).toBeLessThan(loose);
    await snippetsReady(page);
    const marks = await markTexts();
    expect(marks.length).toBeGreaterThan(0);
    for (const text of marks) expect(text === 'hộ' || text.startsWith('chiếu'), text).toBe(true);
  });

  for (const [locale, query, path, name] of [
    ['vi', '111', '/search/', 'Trang Trợ giúp: số điện thoại và nơi giúp đỡ'],
    ['vi', '113', '/search/', 'Trang Trợ giúp: số điện thoại và nơi giúp đỡ'],
    ['vi', 'trợ giúp', '/search/', 'Trang Trợ giúp: số điện thoại và nơi giúp đỡ'],
    ['vi', 'cứu', '/search/', 'Trang Trợ giúp: số điện thoại và nơi giúp đỡ'],
    ['en', 'help', '/en/search/', 'Help page: phone numbers and where to get help'],
    ['en', '111', '/en/search/', 'Help page: phone numbers and where to get help'],
    ['en', 'giúp', '/en/search/', 'Help page: phone numbers and where to get help'],
  ] as const) {
    test(`a search for "${query}" (${locale}) offers the help page first, above any lesson`, async ({ page }) => {
      await page.goto(`${path}?q=${encodeURIComponent(query)}`);
      const offer = page.locator('[data-search-help-offer]');
      await expect(offer.getByRole('link', { name })).toHaveAttribute('href', locale === 'en' ? '/en/help/' : '/help/');
      await expect(offer.getByRole('link', { name: '111' })).toHaveAttribute('href', 'tel:111');
      if ((await results(page).count()) > 0) {
        const offerBox = (await offer.boundingBox())!;
        const firstBox = (await results(page).first().boundingBox())!;
        expect(offerBox.y + offerBox.height).toBeLessThanOrEqual(firstBox.y);
      }
    });
  }

  test('an ordinary search offers no help page above the lessons', async ({ page }) => {
    await page.goto('/search/?q=nghiên cứu');
    await expect(page.locator('[data-search-app][data-ready="true"]')).toBeVisible();
    await expect(page.getByRole('status')).not.toHaveText('');
    await expect(page.locator('[data-search-help-offer]')).toHaveCount(0);
  });

  test.describe('on a 360 px phone at the largest text size', () => {
    test.use({ viewport: { width: 360, height: 640 } });
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('vungbuoc:text-size', 'larger'));
    });

    /** The first result (or the help offer) lies wholly inside the window, below the pinned safety bar. */
    async function expectFirstInView(page: Page, first: ReturnType<Page['locator']>) {
      await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
      // The page scrolls the results into view once they (and the first snippet) have arrived.
      await expect(async () => {
        const box = (await first.boundingBox())!;
        const bar = (await page.locator('.safety-bar').boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(bar.y + bar.height);
        expect(box.y + box.height).toBeLessThanOrEqual(640);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(360);
      }).toPass({ timeout: 5_000 });
    }

    test('the first result is in view after searching on the search page', async ({ page }) => {
      await page.goto('/search/');
      await expect(page.locator('[data-search-app][data-ready="true"]')).toBeAttached();
      await searchBox(page).fill('ho chieu');
      await searchBox(page).press('Enter');
      await expect(page).toHaveURL(/\/search\/\?q=ho\+chieu$/);
      await expectFirstInView(page, results(page).first());
    });

    test('the first result is in view when the header\'s search form opens the search page', async ({ page }) => {
      // What every page's header form submits.
      await page.goto('/search/?q=viec+nhe+luong+cao');
      await expect(firstResultLink(page)).toHaveAttribute('href', '/lessons/viec-nhe-luong-cao/');
      await expectFirstInView(page, results(page).first());
      await page.goto('/search/?q=111');
      await expect(page.locator('[data-search-help-offer]')).toBeVisible();
      await expectFirstInView(page, page.locator('[data-search-help-offer]'));
    });
  });

  test('axe finds no serious issue on the search page, with results and empty', async ({ page }) => {
    await page.goto('/search/?q=lừa đảo');
    await expect(results(page).first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await searchBox(page).fill('');
    await expect(page.getByRole('region', { name: 'Cần giúp ngay?' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
