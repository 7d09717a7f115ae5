/**
 * The search page's DOM pieces: the query in the URL (Back and shared links work), marked text,
 * and one result's list item. search-page.ts decides what to show; these only build it.
 */
import type { SearchOutcome, SearchResult } from '../lib/search/query.ts';
import { highlight, type Segment } from '../lib/search/snippet.ts';

export function readUrl(): { query: string; track: string } {
  const params = new URLSearchParams(location.search);
  return { query: params.get('q') ?? '', track: params.get('track') ?? '' };
}

export function writeUrl(query: string, track: string): void {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query);
  if (track) params.set('track', track);
  const search = params.toString();
  const next = `${location.pathname}${search ? `?${search}` : ''}`;
  if (next !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', next);
}

/** Appends text with its marked words in <mark>. */
export function appendMarked(parent: HTMLElement, segments: readonly Segment[]): void {
  for (const segment of segments) {
    if (!segment.mark) parent.append(segment.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      parent.append(mark);
    }
  }
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  return made;
}

/**
 * One result as a list item: its title with the matched words marked, its track (and "not
 * translated" when the lesson is in another language), and an empty snippet paragraph the page
 * fills in when the lesson's text arrives.
 */
export function resultElement(
  result: SearchResult,
  outcome: SearchOutcome,
  options: { lessonHref: string; trackName: (track: string) => string; notTranslated: string; onOpen: () => void },
): { item: HTMLLIElement; snippet: HTMLParagraphElement } {
  const { doc } = result;
  const item = element('li', 'search-result');
  item.dataset.searchResult = '';
  item.dataset.track = doc.track;
  const title = element('h2', 'search-result__title');
  const link = element('a');
  link.href = options.lessonHref.replace('__slug__', doc.slug);
  if (doc.lang) link.lang = doc.lang;
  link.addEventListener('click', options.onOpen);
  appendMarked(link, highlight(doc.title, outcome.words));
  title.append(link);
  const meta = element('p', 'search-result__meta');
  const tag = element('span', 'tag');
  tag.textContent = options.trackName(doc.track);
  meta.append(tag);
  if (doc.lang) {
    const quiet = element('span', 'tag tag--quiet');
    quiet.textContent = options.notTranslated;
    meta.append(quiet);
  }
  const snippet = element('p', 'search-result__snippet');
  if (doc.lang) snippet.lang = doc.lang;
  item.append(title, meta, snippet);
  return { item, snippet };
}
