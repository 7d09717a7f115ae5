/**
 * What the deck, presenter and print pages of a lesson need: the lesson in the page's locale
 * (with translation fallback), its deck built by `src/lib/slides`, and the paths of every page.
 * Over-long slides are reported once per lesson file in the build log.
 */
import type { Translate, UiLocale } from '../i18n/index.ts';
import { buildDeck, type DeckSlide } from '../lib/slides/deck.ts';
import { slideLengthProblems } from '../lib/slides/measure.ts';
import { createContentUrlResolver } from '../lib/url/content-links.ts';
import { formatProblem } from '../lib/validation/problems.ts';
import { siteConfig } from '../site.config.ts';
import { loadCatalog } from './content.ts';
import { type PageContext } from './page.ts';

export { lessonPagePaths } from './content.ts';

const reported = new Set<string>();

/** Logs, once per lesson file, the slides too long for a projector. */
function reportLongSlides(file: string, slides: readonly DeckSlide[]): void {
  if (reported.has(file)) return;
  reported.add(file);
  for (const problem of slideLengthProblems(slides, { file })) {
    console.warn(`\n[vung-buoc:slides] ${formatProblem(problem)}`);
  }
}

/** The heading a slide shows: continuation slides say so after the section title. */
export function slideHeading(t: Translate, slide: Pick<DeckSlide, 'title' | 'part'>): string {
  return slide.part > 1 ? t('slides.continued', { title: slide.title }) : slide.title;
}

/** A lesson's deck as one page shows it. Notes are rendered only `withNotes`. */
export async function lessonDeck(ctx: PageContext, slug: string, options: { withNotes?: boolean; usedIds?: Set<string> } = {}) {
  const { t, url } = ctx;
  const catalog = await loadCatalog(ctx.locale);
  const lesson = catalog.lessons.get(slug)!;
  const { data, body } = lesson.entry;
  const renderOptions = {
    labels: { tip: t('directive.tip'), warning: t('directive.warning'), hotline: t('directive.hotline'), scenario: t('directive.scenario') },
    resolveUrl: createContentUrlResolver(url),
    hotlineNumbers: siteConfig.hotlines.map((h) => h.number),
  };
  const slides = buildDeck(data, body, {
    ...renderOptions,
    introTitle: t('slides.intro'),
    closingTitle: t('lesson.keyPoints'),
    withNotes: options.withNotes ?? false,
    ...(options.usedIds ? { usedIds: options.usedIds } : {}),
  });
  reportLongSlides(`content/lessons/${lesson.entry.locale}/${lesson.entry.slug}.md`, slides);
  return {
    lesson,
    data,
    body,
    slides,
    renderOptions,
    /** `lang` for content shown in the default locale on another locale's page. */
    textLang: lesson.translated ? undefined : (lesson.entry.locale as UiLocale),
  };
}
export type LessonDeck = Awaited<ReturnType<typeof lessonDeck>>;
