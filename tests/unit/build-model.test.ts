import { describe, expect, it } from 'vitest';
import { createStageClock, stageDurations } from '../../src/lib/build/stage-clock.ts';
import { checkContent } from '../../src/lib/content/check/index.ts';
import { localize, localizeText } from '../../src/lib/content/localize.ts';
import type { Entry } from '../../src/lib/content/catalog.ts';
import { lessonViews, withoutHeadingIds } from '../../src/lib/lesson/views.ts';
import { buildReadingView } from '../../src/lib/lesson/reading.ts';
import { parseMarkdown } from '../../src/lib/markdown/parse.ts';
import { createTreeCache } from '../../src/lib/markdown/tree-cache.ts';
import { buildDeck } from '../../src/lib/slides/deck.ts';

const labels = { tip: 'Mẹo', warning: 'Cẩn thận', hotline: 'Gọi để được giúp', scenario: 'Tình huống' };
const lesson = { title: 'Việc nhẹ', duration: 15, objectives: ['Nhận ra bẫy'], keyPoints: ['Gọi 111'] };
const body = [
  'Mở đầu.',
  '## Dấu hiệu',
  'Lương cao.',
  ':::notes\nHỏi cả lớp.\n:::',
  '## Câu chuyện',
  ':::scenario[Chuyện của Mai]\nMai nhận tin nhắn.\n:::',
].join('\n\n');

describe('one parse per lesson text', () => {
  it('parses each text once and hands every caller the same tree', () => {
    let parses = 0;
    const tree = createTreeCache((source) => {
      parses += 1;
      return parseMarkdown(source);
    });
    const first = tree(body);
    expect(tree(body)).toBe(first);
    expect(tree(`${body}\n\nThêm.`)).not.toBe(first);
    expect(parses).toBe(2);
    expect(tree.size).toBe(2);
  });

  it('freezes the shared tree, so no view can change what another reads', () => {
    const tree = createTreeCache()(body);
    expect(() => (tree.children as unknown[]).push({ type: 'text', value: 'x' })).toThrow(TypeError);
    expect(() => Object.assign(tree.children[0]!, { type: 'heading' })).toThrow(TypeError);
  });

  it('lets the content check read bodies through the build\'s parser', () => {
    const seen: string[] = [];
    const text = `---\ntitle: A\n---\n\n${body}\n\n`;
    checkContent([{ path: 'content/lessons/vi/a.md', text }], {
      locales: ['vi'],
      defaultLocale: 'vi',
      hotlineNumbers: ['111'],
      publicFiles: new Set(),
      parse: (source) => {
        seen.push(source);
        return parseMarkdown(source);
      },
    });
    // Exactly the text the build reads (Astro trims what follows the front matter), once.
    expect(seen).toEqual([body]);
  });
});

describe('the views of a lesson', () => {
  const options = { labels, introTitle: 'Mở đầu', closingTitle: 'Điều cần nhớ' };

  it('makes each view once, on first use, from the tree it is given', () => {
    const made: number[] = [];
    const views = lessonViews(lesson, parseMarkdown(body), { ...options, run: (make) => (made.push(1), make()) });
    expect(made).toHaveLength(0);
    const deck = views.deck;
    expect(views.deck).toBe(deck);
    expect(views.reading).toBe(views.reading);
    expect(views.handout).toBe(views.handout);
    expect(made).toHaveLength(3);
  });

  it('renders the reading view and the deck exactly as the page builders do', () => {
    const views = lessonViews(lesson, parseMarkdown(body), options);
    expect(views.reading).toEqual(buildReadingView(body, { labels }));
    expect(views.deck).toEqual(buildDeck(lesson, body, { ...options, withNotes: true }));
    expect(views.deck[2]!.notesHtml).toContain('Hỏi cả lớp.');
    expect(views.deck[2]!.html).not.toContain('Hỏi cả lớp.');
  });

  it('gives the large print the reading text, without the content warning\'s skip link', () => {
    const plain = lessonViews(lesson, parseMarkdown(body), options);
    expect(plain.largePrint).toBe(plain.reading);
    const warned = lessonViews(lesson, parseMarkdown(body), { ...options, skipLabel: 'Bỏ qua phần này', sensitiveSection: 'Câu chuyện' });
    expect(warned.reading.html).toContain('Bỏ qua phần này');
    expect(warned.largePrint.html).not.toContain('Bỏ qua phần này');
    expect(warned.largePrint.html).toContain('Mai nhận tin nhắn.');
  });

  it('drops heading ids from a second copy of a slide, and nothing else', () => {
    const html = '<h3 id="dau-hieu" class="x">Dấu hiệu</h3>\n<p id="keep">Viết id="a" trong chữ.</p>';
    expect(withoutHeadingIds(html)).toBe('<h3 class="x">Dấu hiệu</h3>\n<p id="keep">Viết id="a" trong chữ.</p>');
  });
});

describe('language fallback', () => {
  const entry = (locale: string, slug: string): Entry<{ title: string }> => ({ locale, slug, body: '', data: { title: `${slug} ${locale}` } });
  const entries = [entry('vi', 'a'), entry('vi', 'b'), entry('en', 'a'), entry('en', 'only-english')];

  it('shows a language its own entries, the default language\'s elsewhere, marked untranslated', () => {
    const english = localize(entries, 'en', 'vi');
    expect(english.get('a')).toMatchObject({ translated: true, entry: { locale: 'en' } });
    expect(english.get('b')).toMatchObject({ translated: false, entry: { locale: 'vi' } });
    expect([...localize(entries, 'vi', 'vi').values()].every((item) => item.translated && item.entry.locale === 'vi')).toBe(true);
  });

  it('leaves out entries the default language does not have (no page is built for them)', () => {
    expect(localize(entries, 'en', 'vi').has('only-english')).toBe(false);
  });

  it('falls back to the default language for configured texts', () => {
    expect(localizeText({ vi: 'Tổng đài', en: 'Hotline' }, 'en', 'vi')).toBe('Hotline');
    expect(localizeText({ vi: 'Tổng đài' }, 'en', 'vi')).toBe('Tổng đài');
  });
});

describe('the build\'s stage clock', () => {
  it('counts nested work once, in the innermost stage', () => {
    let now = 0;
    const clock = createStageClock(() => now);
    clock.run('search', () => {
      now += 5;
      clock.run('markdown', () => {
        now += 3;
      });
      now += 2;
    });
    expect(clock.totals()).toEqual({ search: 7, markdown: 3 });
  });

  it('keeps the first time of each mark', () => {
    let now = 10;
    const clock = createStageClock(() => now);
    clock.mark('pagesStart');
    now = 20;
    clock.mark('pagesStart');
    expect(clock.marks()).toEqual({ pagesStart: 10 });
  });

  it('splits a build into exclusive stages that add up to its length', () => {
    const moments = { setup: 0, buildStart: 10, pagesStart: 14, serviceWorker: 40, done: 43 };
    const stages = stageDurations(moments, { markdown: 9, search: 5 }, 4);
    expect(stages).toEqual({ content: 6, bundle: 4, markdown: 9, pages: 16, search: 5, 'service worker': 3 });
    expect(Object.values(stages).reduce((a, b) => a + b, 0)).toBe(moments.done - moments.setup);
  });
});
