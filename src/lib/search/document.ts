/**
 * What search knows about a lesson: the text a learner can read on the lesson page, split into
 * the fields the index weighs differently. Speaker notes and the quiz are left out on purpose:
 * notes are for trainers, and an index holding quiz answers would hand them to anyone who looks.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isNotes, treeOf } from '../markdown/parse.ts';

/** A lesson as the search index takes it in. */
export interface SearchDocument {
  /** Lesson slug (also the document's key). */
  slug: string;
  title: string;
  summary: string;
  /** `##`–`######` headings of the body, in order. */
  headings: string[];
  /** Readable body text, one block (paragraph, list item, cell, heading) per line. */
  text: string;
  keywords: string[];
  /** Track id, for the filter. */
  track: string;
  /** The track's name in the index's language (searchable: "giáo viên" finds teachers' lessons). */
  trackLabel: string;
  /** Language of the lesson text when it differs from the index's locale (untranslated lesson). */
  lang?: string;
}

/** The lesson fields `lessonSearchDocument` reads (a subset of the lesson schema). */
export interface LessonForSearch {
  slug: string;
  body: string;
  data: { title: string; summary: string; keywords?: readonly string[] };
}

/** Blocks whose text stands alone: their text becomes one line. */
const LEAF_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code']);

function collectBlocks(nodes: ReadonlyArray<RootContent>, lines: string[], headings: string[]): void {
  for (const node of nodes) {
    if (isNotes(node) || node.type === 'thematicBreak' || node.type === 'html' || node.type === 'definition') continue;
    if (LEAF_BLOCKS.has(node.type)) {
      const line = toString(node).replace(/\s+/g, ' ').trim();
      if (!line) continue;
      if (node.type === 'heading') headings.push(line);
      lines.push(line);
      continue;
    }
    if ('children' in node) collectBlocks(node.children as RootContent[], lines, headings);
  }
}

export interface ReadableBody {
  headings: string[];
  text: string;
}

/** Headings and readable text of a lesson body (Markdown text or its parsed tree), without speaker notes. */
export function readableBody(markdown: string | Readonly<Root>): ReadableBody {
  const lines: string[] = [];
  const headings: string[] = [];
  collectBlocks(treeOf(markdown).children, lines, headings);
  return { headings, text: lines.join('\n') };
}

/**
 * The search document of a lesson. All text is stored in NFC so offsets found by the query
 * side (which normalises to NFC) point at the same characters.
 */
export function lessonSearchDocument(
  lesson: LessonForSearch,
  options: { track: string; trackLabel: string; lang?: string; bodies?: Map<string, ReadableBody>; parse?: (source: string) => Readonly<Root> },
): SearchDocument {
  let body = options.bodies?.get(lesson.body);
  if (!body) {
    body = readableBody(options.parse ? options.parse(lesson.body) : lesson.body);
    options.bodies?.set(lesson.body, body);
  }
  const { headings, text } = body;
  const nfc = (value: string) => value.normalize('NFC');
  return {
    slug: lesson.slug,
    title: nfc(lesson.data.title),
    summary: nfc(lesson.data.summary),
    headings: headings.map(nfc),
    text: nfc(text),
    keywords: (lesson.data.keywords ?? []).map(nfc),
    track: options.track,
    trackLabel: options.trackLabel,
    ...(options.lang ? { lang: options.lang } : {}),
  };
}

/** The catalog shape `catalogSearchDocuments` reads (see src/lib/content/catalog.ts). */
export interface CatalogForSearch {
  tracks: ReadonlyArray<{
    track: string;
    lessons: ReadonlyArray<{ slug: string; translated: boolean; entry: LessonForSearch & { locale: string } }>;
  }>;
}

/**
 * The search documents of one locale, in catalog order. An untranslated lesson is indexed with
 * its default-locale text (marked with its language), exactly as the locale's lesson page shows it.
 */
export function catalogSearchDocuments(
  catalog: CatalogForSearch,
  options: {
    trackLabel: (track: string) => string;
    /** Bodies already read, by Markdown source: each locale's index reads the untranslated lessons again. */
    bodies?: Map<string, ReadableBody>;
    /** The build's shared parser (one parse per lesson for every page and the index). */
    parse?: (source: string) => Readonly<Root>;
  },
): SearchDocument[] {
  return catalog.tracks.flatMap(({ track, lessons }) =>
    lessons.map((lesson) =>
      lessonSearchDocument(lesson.entry, {
        track,
        trackLabel: options.trackLabel(track),
        lang: lesson.translated ? undefined : lesson.entry.locale,
        bodies: options.bodies,
        parse: options.parse,
      }),
    ),
  );
}
