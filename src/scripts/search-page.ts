/**
 * The search page (/search/) without a framework: the page's HTML holds the form, the filter,
 * the help and the empty states; this script fetches what each query needs (the manifest once,
 * then shards and the texts of the results shown: src/lib/search/client.ts), and fills in the
 * results. They show as soon as the shards are in; each snippet follows with its lesson's text
 * (at once for a lesson already fetched). Matching, ranking, snippets and highlighting live in
 * src/lib/search. The query and the filter stay in the URL, so Back and shared links work.
 */
import type { NamespaceKey } from '../i18n/index.ts';
import { translatorFor } from '../i18n/translate.ts';
import { createSearchClient, type SearchClient } from '../lib/search/client.ts';
import type { SearchText } from '../lib/search/format.ts';
import { asksForHelp } from '../lib/search/help.ts';
import { searchFileUrl } from '../lib/search/paths.ts';
import type { SearchOutcome, SearchResult } from '../lib/search/query.ts';
import { makeSnippet, type Segment } from '../lib/search/snippet.ts';
import { wordSpans, type WordSpan } from '../lib/search/terms.ts';
import { revealResults } from './reveal-results.ts';
import { appendMarked, element, readUrl, resultElement, writeUrl } from './search-dom.ts';
import { fetchSearchManifest } from './search-index.ts';
import { pruneSearchFiles } from './cache-prune.ts';

/** What the page hands the script (an inert JSON block). */
export interface SearchPageConfig {
  strings: Record<NamespaceKey<'search'>, string>;
  /** The language of `strings` (its plural rules choose "1 lesson" or "2 lessons"). */
  locale: string;
  /** Track id → name, in the order the filter lists them. */
  trackNames: Record<string, string>;
  /** URL of a lesson with `__slug__` in place of the slug. */
  lessonHref: string;
  /** Hotline numbers: typing one asks for help. */
  hotlines: string[];
}

const PAGE_SIZE = 20;
/** Quiet time before the URL and the screen-reader count follow the typing. */
const SETTLE_MS = 400;

/** What is on screen: a query, its filter, and (once the shards arrived) its outcome. */
interface View {
  query: string;
  track: string;
  outcome: SearchOutcome | null;
  /** How many results are listed. */
  shown: number;
}

export function startSearchPage(): void {
  const app = document.querySelector<HTMLElement>('[data-search-app]');
  const configBlock = document.getElementById('search-config');
  if (!app || !configBlock?.textContent) return;
  const config = JSON.parse(configBlock.textContent) as SearchPageConfig;
  const s = translatorFor(config.strings, config.locale);
  const { trackNames } = config;
  const $ = <T extends HTMLElement>(selector: string) => app.querySelector<T>(selector)!;

  const form = $<HTMLFormElement>('[data-search-form-main]');
  const input = $<HTMLInputElement>('#search-q');
  const filter = $<HTMLFieldSetElement>('[data-search-filter]');
  const options = [...filter.querySelectorAll<HTMLLabelElement>('[data-filter-option]')];
  const count = $('[data-search-count]');
  const status = $('[data-search-status]');
  const alertBox = $('[data-search-alert]');
  const offerTemplate = $<HTMLTemplateElement>('[data-search-help-offer-template]');
  const offer = offerTemplate.content.firstElementChild!.cloneNode(true) as HTMLElement;
  const list = $<HTMLOListElement>('[data-search-results]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const filterEmpty = $('[data-search-filter-empty]');
  const showAll = $<HTMLButtonElement>('[data-search-show-all]');
  const tips = $('[data-search-tips]');
  const start = $('[data-search-start]');
  const helpLine = $('[data-search-help-line]');

  const root = document.documentElement;
  const base = root.dataset.base ?? '/';
  const client: SearchClient = createSearchClient({
    locale: root.dataset.locale ?? 'vi',
    // Once the current manifest is in, shards and texts of older builds are deleted from the offline cache.
    manifest: () => fetchSearchManifest().then((manifest) => (void pruneSearchFiles(manifest), manifest)),
    read: async (path) => {
      const response = await fetch(searchFileUrl(base, path));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    },
  });

  let query = '';
  let track = '';
  let ready = false;
  let failed = false;
  let view: View = { query: '', track: '', outcome: null, shown: PAGE_SIZE };
  /** Lesson texts fetched so far, and the snippet paragraphs waiting for one. */
  const texts = new Map<string, SearchText>();
  let snippetsMarked = false;
  let waiting = new Map<string, { result: SearchResult; outcome: SearchOutcome; snippet: HTMLElement }>();
  /** Bumped by every change: an answer for an older state is dropped. */
  let generation = 0;
  let settled = true;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let firstResultMarked = false;
  /** A search was made (the page opened with ?q=, or the form was sent): show its results once ready. */
  let reveal: { afterLoad: boolean } | null = null;
  const spansCache = new Map<string, WordSpan[]>();

  const spansOf = (key: string, text: string) => {
    let spans = spansCache.get(key);
    if (!spans) {
      spans = wordSpans(text);
      spansCache.set(key, spans);
    }
    return spans;
  };

  const snippetOf = (result: SearchResult, outcome: SearchOutcome, text: SearchText): Segment[] => {
    const { slug } = result.doc;
    const summary = makeSnippet(text.summary, outcome.words, { spans: spansOf(`s:${slug}`, text.summary) });
    const body = makeSnippet(text.text, outcome.words, { spans: spansOf(`t:${slug}`, text.text) });
    return (body.wordsFound > summary.wordsFound ? body : summary).segments;
  };

  /** The count line for a query: empty, loading, none found, or how many (and how many in the track). */
  const describe = (state: View): string => {
    const text = state.query.trim();
    if (!text) return '';
    const found = state.outcome;
    if (!found) return failed ? '' : s('search.loading');
    const total = found.all.length;
    if (total === 0) return s('search.noResults', { query: text });
    const all = total === 1 ? s('search.countOne', { query: text }) : s('search.count', { n: total, query: text });
    if (!state.track) return all;
    return `${all} ${s('search.countInTrack', { n: found.results.length, track: trackNames[state.track] ?? state.track, total })}`;
  };

  /** The screen-reader announcement waits until the typing settles, so it is read once, not per letter. */
  const announce = () => {
    if (!settled) return;
    if (view.query !== query || view.track !== track) {
      if (!ready && query.trim() && !failed) status.textContent = s('search.loading');
      return;
    }
    status.textContent = describe(view);
  };

  const resultItem = (result: SearchResult, outcome: SearchOutcome): HTMLLIElement => {
    const { item, snippet } = resultElement(result, outcome, {
      lessonHref: config.lessonHref,
      trackName: (id) => trackNames[id] ?? id,
      notTranslated: s('search.notTranslated'),
      // Back from the lesson should find this query, even before the URL caught up with the typing.
      onOpen: () => writeUrl(query, track),
    });
    const text = texts.get(result.doc.slug);
    if (text) appendMarked(snippet, snippetOf(result, outcome, text));
    else waiting.set(result.doc.slug, { result, outcome, snippet });
    return item;
  };

  /**
   * Says on the list whether some shown results still wait for their lesson's text
   * (`data-snippets="pending"`) or none does ("ready"; a text that failed to arrive leaves its
   * result without a snippet): a state others can wait on instead of guessing.
   */
  const markSnippetState = () => {
    list.dataset.snippets = waiting.size > 0 ? 'pending' : 'ready';
  };

  /** Fills in the snippets whose texts have arrived. */
  const fillSnippets = () => {
    for (const [slug, { result, outcome, snippet }] of waiting) {
      const text = texts.get(slug);
      if (!text) continue;
      appendMarked(snippet, snippetOf(result, outcome, text));
      waiting.delete(slug);
    }
    markSnippetState();
    if (waiting.size === 0 && list.childElementCount > 0 && !snippetsMarked) {
      snippetsMarked = true;
      performance.mark('vb:search-snippets');
    }
    showFirstResult();
  };

  /**
   * Fetches the texts the listed results wait for. A text that does not arrive leaves its result
   * without a snippet; the next search asks for it again.
   */
  const fetchTexts = () => {
    for (const { result } of waiting.values()) {
      const { slug } = result.doc;
      client.text(result.doc).then(
        (text) => texts.set(slug, text),
        () => waiting.delete(slug),
      ).then(fillSnippets);
    }
  };

  /**
   * Once a search has results on screen, makes sure the first one is in view (small screens) —
   * with its snippet, which may arrive a moment after its title.
   */
  const showFirstResult = () => {
    if (!reveal || !view.outcome) return;
    const firstResult = list.querySelector<HTMLElement>('[data-search-result]');
    const firstSlug = view.outcome.results[0]?.doc.slug;
    if (!offer.isConnected && firstSlug && waiting.has(firstSlug)) return;
    const first = offer.isConnected ? offer : firstResult;
    if (first) revealResults(form, first, reveal);
    reveal = null;
  };

  const render = (next: View) => {
    view = next;
    const { outcome } = next;
    const trimmed = next.query.trim();
    const all = outcome?.all ?? [];
    const results = outcome?.results ?? [];
    const offerHelp = trimmed !== '' && asksForHelp(next.query, config.hotlines);

    filter.hidden = !(trimmed && all.length > 0);
    for (const option of options) {
      const id = option.dataset.filterOption ?? '';
      const radio = option.querySelector('input')!;
      const n = id ? (outcome?.byTrack[id] ?? 0) : all.length;
      option.hidden = id !== '' && n === 0 && id !== next.track;
      option.querySelector('span')!.textContent = `${id ? trackNames[id] : s('search.filter.all')} (${n})`;
      radio.checked = id === next.track;
    }

    count.textContent = describe(next);
    if (offerHelp && !offer.isConnected) offerTemplate.after(offer);
    else if (!offerHelp) offer.remove();

    list.replaceChildren();
    waiting = new Map();
    if (trimmed && outcome) {
      for (const result of results.slice(0, next.shown)) list.append(resultItem(result, outcome));
    }
    markSnippetState();
    list.hidden = list.childElementCount === 0;
    more.hidden = !(trimmed && results.length > next.shown);

    filterEmpty.hidden = !(trimmed && outcome && all.length > 0 && results.length === 0);
    showAll.textContent = s('search.filter.showAll', { n: all.length });
    tips.hidden = !(trimmed && outcome && all.length === 0);
    start.hidden = !(!trimmed || (outcome && all.length === 0));
    helpLine.hidden = offerHelp;

    if (outcome && results.length > 0 && !firstResultMarked) {
      firstResultMarked = true;
      performance.mark('vb:search-first-result');
    }
    announce();
    showFirstResult();
    fetchTexts();
  };

  const showFailure = () => {
    failed = true;
    // Inserted, not un-hidden, so screen readers announce the alert.
    const notice = element('div', 'notice');
    notice.setAttribute('role', 'alert');
    const message = element('p');
    message.textContent = s('search.loadFailed');
    const retry = element('button');
    retry.type = 'button';
    retry.textContent = s('search.retry');
    retry.addEventListener('click', () => void update());
    notice.append(message, retry);
    alertBox.replaceChildren(notice);
    render({ query, track, outcome: null, shown: view.shown });
  };

  /** Runs the current query; renders once its shards are in. */
  const update = async (options: { shown?: number; focusFrom?: number } = {}) => {
    const mine = ++generation;
    const text = query;
    const chosen = track;
    const shown = options.shown ?? PAGE_SIZE;
    if (!text.trim()) {
      render({ query: text, track: chosen, outcome: null, shown });
      return;
    }
    // Until the manifest is in, say so (a later query keeps the last results until its own are in).
    if (!ready) render({ query: text, track: chosen, outcome: null, shown });
    try {
      const outcome = await client.search(text, { track: chosen });
      if (mine !== generation) return;
      // The data came after all (the network is back): the alert no longer holds.
      if (failed) {
        failed = false;
        alertBox.replaceChildren();
      }
      render({ query: text, track: chosen, outcome, shown });
      if (options.focusFrom !== undefined) list.querySelectorAll('a')[options.focusFrom]?.focus();
    } catch {
      if (mine === generation) showFailure();
    }
  };

  /** The learner changed the query or the filter. */
  const changed = () => {
    settled = false;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      settled = true;
      writeUrl(query, track);
      announce();
    }, SETTLE_MS);
    void update();
  };

  input.addEventListener('input', () => {
    query = input.value;
    changed();
  });
  filter.addEventListener('change', (event) => {
    const radio = event.target as HTMLInputElement;
    if (radio.name !== 'track') return;
    track = radio.value;
    changed();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl(query, track);
    reveal = { afterLoad: false };
    if (view.query === query && view.track === track) showFirstResult();
  });
  more.addEventListener('click', () => {
    const firstNew = view.shown;
    void update({ shown: view.shown + PAGE_SIZE, focusFrom: firstNew });
  });
  showAll.addEventListener('click', () => {
    track = '';
    changed();
  });
  for (const link of app.querySelectorAll<HTMLAnchorElement>('[data-search-suggestion]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      query = link.dataset.searchSuggestion ?? '';
      track = '';
      input.value = query;
      writeUrl(query, '');
      input.focus();
      changed();
    });
  }

  client.index().then(
    () => {
      ready = true;
      app.dataset.ready = 'true';
      performance.mark('vb:search-index-ready');
    },
    () => undefined,
  );

  const fromUrl = readUrl();
  query = fromUrl.query;
  track = fromUrl.track in trackNames ? fromUrl.track : '';
  input.value = query;
  if (query.trim()) {
    reveal = { afterLoad: true };
    // Announce the count once it settles, as after typing (the URL is already right).
    settled = false;
    settleTimer = setTimeout(() => {
      settled = true;
      announce();
    }, SETTLE_MS);
  }
  void update();
}
