/**
 * A lesson as the pages of one language get it: its catalog entry, its title in that language,
 * and its views (reading text, papers, deck), each rendered once per build from the lesson's one
 * parsed tree. An untranslated lesson outside the default language is a `notice`: its pages
 * name the lesson and link to the default language's pages instead of repeating them.
 */
import type { Translate, UiLocale } from '../i18n/index.ts';
import { neighbours, type CatalogLesson } from '../lib/content/catalog.ts';
import { entryLabel, type EntryLabel } from '../lib/content/label.ts';
import { lessonViews, type LessonViews } from '../lib/lesson/views.ts';
import type { DeckSlide } from '../lib/slides/deck.ts';
import { slideLengthProblems } from '../lib/slides/measure.ts';
import { createContentUrlResolver } from '../lib/url/content-links.ts';
import { formatProblem } from '../lib/validation/problems.ts';
import type { LessonData } from '../schemas/lesson.ts';
import { DEFAULT_LOCALE, siteConfig } from '../site.config.ts';
import { buildState } from './build-state.ts';
import { loadCatalog, perLocale } from './content.ts';
import { pageContext, type PageContext } from './page.ts';

export interface LessonPage {
  slug: string;
  lesson: CatalogLesson;
  data: LessonData;
  /** Title and summary in the page's language (an untranslated lesson's come from its `translations`). */
  label: EntryLabel;
  /** `lang` of the lesson text where it is not the page's language. */
  textLang: string | undefined;
  /** True when the page would only repeat the default language's page (an untranslated lesson). */
  notice: boolean;
  previous?: CatalogLesson;
  next?: CatalogLesson;
  /** Reading text, papers and deck, rendered on first use (never for a notice). */
  views: LessonViews;
}

/** Logs, once per lesson file, the slides too long for a projector. */
function reportLongSlides(file: string, slides: readonly DeckSlide[]): void {
  for (const problem of slideLengthProblems(slides, { file })) {
    console.warn(`\n[vung-buoc:slides] ${formatProblem(problem)}`);
  }
}

/** The heading a slide shows: continuation slides say so after the section title. */
export function slideHeading(t: Translate, slide: Pick<DeckSlide, 'title' | 'part'>): string {
  return slide.part > 1 ? t('slides.continued', { title: slide.title }) : slide.title;
}

function viewsOf(ctx: PageContext, lesson: CatalogLesson): LessonViews {
  const { t, url } = ctx;
  const { data, body, locale, slug } = lesson.entry;
  const { clock, tree } = buildState();
  const views = lessonViews(data, tree(body), {
    labels: { tip: t('directive.tip'), warning: t('directive.warning'), hotline: t('directive.hotline'), scenario: t('directive.scenario') },
    resolveUrl: createContentUrlResolver(url),
    hotlineNumbers: siteConfig.hotlines.map((h) => h.number),
    introTitle: t('slides.intro'),
    closingTitle: t('lesson.keyPoints'),
    ...(data.contentWarning ? { skipLabel: t('lesson.cw.skip'), sensitiveSection: data.contentWarning.section } : {}),
    run: (make) => clock.run('markdown', make),
  });
  let reported = false;
  return {
    get reading() {
      return views.reading;
    },
    get largePrint() {
      return views.largePrint;
    },
    get handout() {
      return views.handout;
    },
    get deck() {
      const deck = views.deck;
      if (!reported) reportLongSlides(`content/lessons/${locale}/${slug}.md`, deck);
      reported = true;
      return deck;
    },
  };
}

/** Every lesson page of a locale, in catalog order. */
export const lessonPages = perLocale(async (locale): Promise<LessonPage[]> => {
  const ctx = pageContext(locale as UiLocale);
  const catalog = await loadCatalog(locale);
  return [...catalog.lessons.values()].map((lesson) => {
    const { data } = lesson.entry;
    return {
      slug: lesson.slug,
      lesson,
      data,
      label: entryLabel(data, lesson.entry.locale, locale),
      textLang: lesson.translated ? undefined : lesson.entry.locale,
      notice: !lesson.translated && locale !== DEFAULT_LOCALE,
      ...neighbours(catalog.tracks, lesson.slug),
      views: viewsOf(ctx, lesson),
    };
  });
});
