import { describe, expect, it } from 'vitest';
import { parseMarkdown, plainText, splitSections } from '../../src/lib/markdown/parse.ts';
import { renderNodes } from '../../src/lib/markdown/render.ts';
import { buildReadingView, SKIP_TARGET_ID } from '../../src/lib/lesson/reading.ts';

const labels = { tip: 'Mẹo', warning: 'Cẩn thận', hotline: 'Gọi để được giúp', scenario: 'Tình huống' };
const render = (source: string, extra = {}) => renderNodes(parseMarkdown(source).children, { labels, ...extra });

describe('directive rendering', () => {
  it('renders :::tip as a labelled aside', () => {
    expect(render(':::tip\nHỏi người lớn tin cậy.\n:::')).toBe(
      '<aside class="callout callout-tip"><p class="callout-label">Mẹo</p><p>Hỏi người lớn tin cậy.</p></aside>',
    );
  });

  it('renders :::warning with its label', () => {
    expect(render(':::warning\nKhông đưa giấy tờ gốc.\n:::')).toBe(
      '<aside class="callout callout-warning"><p class="callout-label">Cẩn thận</p><p>Không đưa giấy tờ gốc.</p></aside>',
    );
  });

  it('renders :::scenario with its title after the label', () => {
    expect(render(':::scenario[Chuyện của Mai]\nMai nhận được tin nhắn.\n:::')).toBe(
      '<section class="callout callout-scenario"><p class="callout-label">Tình huống: Chuyện của Mai</p><p>Mai nhận được tin nhắn.</p></section>',
    );
  });

  it('turns hotline numbers inside :::hotline into one-tap tel: links, and only there', () => {
    const html = render('Năm 2024 có 111 vụ.\n\n:::hotline\nGọi **111** hoặc 113.\n:::', { hotlineNumbers: ['111', '113'] });
    expect(html).toBe(
      '<p>Năm 2024 có 111 vụ.</p>\n<aside class="callout callout-hotline"><p class="callout-label">Gọi để được giúp</p><p>Gọi <strong><a href="tel:111">111</a></strong> hoặc <a href="tel:113">113</a>.</p></aside>',
    );
  });

  it('removes :::notes from the reading view', () => {
    const html = render('## Dấu hiệu\n\nLương cao.\n\n:::notes\nChỉ người dạy đọc.\n:::');
    expect(html).not.toContain('Chỉ người dạy đọc');
    expect(html).toContain('Lương cao.');
  });

  it('keeps :::notes when a presenter view asks for them', () => {
    const html = render(':::notes\nChỉ người dạy đọc.\n:::', { keepNotes: true });
    expect(html).toBe('<aside class="speaker-notes" data-notes=""><p>Chỉ người dạy đọc.</p></aside>');
  });

  it('never passes raw HTML through', () => {
    const html = render('Chữ.\n\n<script>alert(1)</script>\n\n<b onclick="x()">đậm</b>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onclick');
  });

  it('treats a stray :word in prose as text', () => {
    expect(render('Giờ học:sáng')).toBe('<p>Giờ học:sáng</p>');
  });

  it('gives headings unique ASCII ids', () => {
    expect(render('## Dấu hiệu\n\nA\n\n## Dấu hiệu\n\nB')).toBe(
      '<h2 id="dau-hieu">Dấu hiệu</h2>\n<p>A</p>\n<h2 id="dau-hieu-2">Dấu hiệu</h2>\n<p>B</p>',
    );
  });

  it('resolves root-relative links with the resolver', () => {
    const html = render('[Bài 1](/lessons/mua-ban-nguoi-la-gi/)', { resolveUrl: (url: string) => `/hoc${url}` });
    expect(html).toBe('<p><a href="/hoc/lessons/mua-ban-nguoi-la-gi/">Bài 1</a></p>');
  });
});

describe('sections and plain text', () => {
  const source = 'Mở đầu.\n\n## Một\n\nNội dung một.\n\n:::notes\nGhi chú.\n:::\n\n## Hai\n\nNội dung hai.';

  it('splits a body at its ## headings, keeping the intro apart', () => {
    const { intro, sections } = splitSections(parseMarkdown(source));
    expect(plainText(intro)).toBe('Mở đầu.');
    expect(sections.map((section) => section.title)).toEqual(['Một', 'Hai']);
  });

  it('leaves speaker notes out of plain text', () => {
    expect(plainText(parseMarkdown(source).children)).toBe('Mở đầu.\nMột\nNội dung một.\nHai\nNội dung hai.');
  });
});

describe('reading view', () => {
  const body = 'Mở đầu.\n\n## Chuyện gì xảy ra\n\nMô tả ngắn.\n\n## Làm gì\n\nGọi 111.';

  it('lists the ## sections with their ids', () => {
    const view = buildReadingView(body, { labels });
    expect(view.sections).toEqual([
      { title: 'Chuyện gì xảy ra', id: 'chuyen-gi-xay-ra' },
      { title: 'Làm gì', id: 'lam-gi' },
    ]);
  });

  it('puts a skip link before the sensitive section and its target right after it', () => {
    const view = buildReadingView(body, { labels, sensitiveSection: 'Chuyện gì xảy ra', skipLabel: 'Bỏ qua phần này' });
    expect(view.sensitiveSectionFound).toBe(true);
    const link = view.html.indexOf(`<a href="#${SKIP_TARGET_ID}">Bỏ qua phần này</a>`);
    const heading = view.html.indexOf('<h2 id="chuyen-gi-xay-ra">');
    const target = view.html.indexOf(`id="${SKIP_TARGET_ID}"`);
    const next = view.html.indexOf('<h2 id="lam-gi">');
    expect(link).toBeGreaterThanOrEqual(0);
    expect(link).toBeLessThan(heading);
    expect(target).toBeGreaterThan(heading);
    expect(target).toBeLessThan(next);
  });

  it('puts the skip target at the end when no section is named', () => {
    const view = buildReadingView(body, { labels, skipLabel: 'Bỏ qua' });
    expect(view.html.trimEnd().endsWith(`<span id="${SKIP_TARGET_ID}" class="skip-target" tabindex="-1"></span>`)).toBe(true);
  });
});
