/**
 * /search/: the search box, the track filter and the results. The index file arrives once
 * (src/scripts/search-index.ts); matching, ranking, snippets and highlighting live in
 * src/lib/search. The query and the filter stay in the URL, so Back and shared links work.
 */
import { useEffect, useMemo, useRef, useState, type MouseEvent, type SubmitEvent } from 'react';
import { interpolate } from '../i18n/index.ts';
import { asksForHelp } from '../lib/search/help.ts';
import { loadSearchIndex, type LoadedSearchIndex } from '../lib/search/load.ts';
import { searchLessons, type SearchOutcome, type SearchResult } from '../lib/search/query.ts';
import { highlight, makeSnippet, type Segment } from '../lib/search/snippet.ts';
import { wordSpans, type WordSpan } from '../lib/search/terms.ts';
import { revealResults } from '../scripts/reveal-results.ts';
import { fetchSearchIndex } from '../scripts/search-index.ts';

export interface SearchStrings {
  label: string; placeholder: string; submit: string; loading: string; loadFailed: string; retry: string;
  results: string; count: string; countOne: string; countInTrack: string; filter: string; filterAll: string;
  filterNone: string; filterShowAll: string; notTranslated: string; more: string; suggestions: string;
  noResults: string; tips: string; tipsSpelling: string; tipsFewer: string; tipsBrowse: string;
  helpTitle: string; helpText: string; helpMore: string; helpOffer: string;
}

interface Props {
  strings: SearchStrings;
  /** Track id → name, in the order the filter lists them. */
  trackNames: Record<string, string>;
  /** URL of a lesson with `__slug__` in place of the slug. */
  lessonHref: string;
  searchHref: string;
  homeHref: string;
  helpHref: string;
  suggestions: string[];
  hotlines: Array<{ number: string; name: string }>;
}

const PAGE_SIZE = 20;
/** Quiet time before the URL and the screen-reader count follow the typing. */
const SETTLE_MS = 400;

function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : segment.text))}</>;
}

function readUrl(): { query: string; track: string } {
  const params = new URLSearchParams(location.search);
  return { query: params.get('q') ?? '', track: params.get('track') ?? '' };
}

function writeUrl(query: string, track: string): void {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query);
  if (track) params.set('track', track);
  const search = params.toString();
  const next = `${location.pathname}${search ? `?${search}` : ''}`;
  if (next !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', next);
}

function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

export default function SearchApp({ strings: s, trackNames, lessonHref, searchHref, homeHref, helpHref, suggestions, hotlines }: Props) {
  const [query, setQuery] = useState('');
  const [track, setTrack] = useState('');
  const [index, setIndex] = useState<LoadedSearchIndex | null>(null);
  const [failed, setFailed] = useState(false);
  const [shown, setShown] = useState(PAGE_SIZE);
  const spansCache = useRef(new Map<string, WordSpan[]>());
  const firstResultMarked = useRef(false);
  const resultsRef = useRef<HTMLOListElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const offerRef = useRef<HTMLElement>(null);
  /** A search was made (the page opened with ?q=, or the form was sent): show its results once ready. */
  const reveal = useRef<{ afterLoad: boolean } | null>(null);

  const load = () => {
    setFailed(false);
    fetchSearchIndex()
      .then((file) => {
        setIndex(loadSearchIndex(file));
        performance.mark('vb:search-index-ready');
      })
      .catch(() => setFailed(true));
  };

  useEffect(() => {
    const fromUrl = readUrl();
    if (fromUrl.query.trim()) reveal.current = { afterLoad: true };
    setQuery(fromUrl.query);
    setTrack(fromUrl.track in trackNames ? fromUrl.track : '');
    load();
  }, []);

  const outcome = useMemo(() => (index ? searchLessons(index, query, { track }) : null), [index, query, track]);
  useEffect(() => setShown(PAGE_SIZE), [query, track]);

  const settledQuery = useSettled(query, SETTLE_MS);
  const settledTrack = useSettled(track, SETTLE_MS);
  // The first settled values are the empty defaults, not the learner's: writing them would drop
  // ?q= from the URL for a moment after every load.
  const urlReady = useRef(false);
  useEffect(() => {
    if (urlReady.current) writeUrl(settledQuery, settledTrack);
    urlReady.current = true;
  }, [settledQuery, settledTrack]);

  useEffect(() => {
    if (!firstResultMarked.current && outcome && outcome.results.length > 0) {
      firstResultMarked.current = true;
      performance.mark('vb:search-first-result');
    }
  }, [outcome]);

  const spansOf = (key: string, text: string) => {
    let spans = spansCache.current.get(key);
    if (!spans) {
      spans = wordSpans(text);
      spansCache.current.set(key, spans);
    }
    return spans;
  };

  const snippetOf = (result: SearchResult) => {
    if (!outcome) return [];
    const { doc } = result;
    const summary = makeSnippet(doc.summary, outcome.words, { spans: spansOf(`s:${doc.slug}`, doc.summary) });
    const body = makeSnippet(doc.text, outcome.words, { spans: spansOf(`t:${doc.slug}`, doc.text) });
    return (body.wordsFound > summary.wordsFound ? body : summary).segments;
  };

  const trimmed = query.trim();
  const describe = (text: string, chosenTrack: string, found: SearchOutcome | null) => {
    const trimmedText = text.trim();
    if (!trimmedText) return '';
    if (!found) return failed ? '' : s.loading;
    const total = found.all.length;
    if (total === 0) return interpolate(s.noResults, { query: trimmedText });
    const all = total === 1 ? interpolate(s.countOne, { query: trimmedText }) : interpolate(s.count, { n: total, query: trimmedText });
    if (!chosenTrack) return all;
    return `${all} ${interpolate(s.countInTrack, { n: found.results.length, track: trackNames[chosenTrack] ?? chosenTrack, total })}`;
  };
  // The visible count follows every keystroke; the screen-reader announcement waits until the
  // typing settles, so it is read once instead of on every letter.
  const countText = describe(query, track, outcome);
  const settledOutcome = useMemo(
    () => (index ? searchLessons(index, settledQuery, { track: settledTrack }) : null),
    [index, settledQuery, settledTrack],
  );
  const announcement = describe(settledQuery, settledTrack, settledOutcome);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    writeUrl(query, track);
    reveal.current = { afterLoad: false };
    showFirstResult();
  };
  /** Once a search has results on screen, makes sure the first one is in view (small screens). */
  const showFirstResult = () => {
    if (!reveal.current || !outcome) return;
    const first = offerRef.current ?? resultsRef.current?.querySelector<HTMLElement>('[data-search-result]');
    if (formRef.current && first) revealResults(formRef.current, first, reveal.current);
    reveal.current = null;
  };
  useEffect(showFirstResult, [outcome]);
  const keepQueryForBack = () => writeUrl(query, track);
  const chooseSuggestion = (event: MouseEvent<HTMLAnchorElement>, suggestion: string) => {
    event.preventDefault();
    setQuery(suggestion);
    setTrack('');
    writeUrl(suggestion, '');
    document.getElementById('search-q')?.focus();
  };
  const showMore = () => {
    const firstNew = shown;
    setShown(shown + PAGE_SIZE);
    requestAnimationFrame(() => resultsRef.current?.querySelectorAll('a')[firstNew]?.focus());
  };

  const results = outcome?.results ?? [];
  const offerHelp = asksForHelp(query, hotlines.map((hotline) => hotline.number));
  const calls = (
    <ul>
      {hotlines.map((hotline) => (
        <li key={hotline.number}><a href={`tel:${hotline.number.replace(/[ .]/g, '')}`}><strong>{hotline.number}</strong></a> — {hotline.name}</li>
      ))}
    </ul>
  );
  const all = outcome?.all ?? [];
  const tracksToList = Object.keys(trackNames).filter((id) => (outcome?.byTrack[id] ?? 0) > 0 || id === track);

  const suggestionList = suggestions.length > 0 && (
    <section className="search-suggestions" aria-labelledby="search-suggestions-title">
      <h2 id="search-suggestions-title">{s.suggestions}</h2>
      <ul>
        {suggestions.map((suggestion) => (
          <li key={suggestion}>
            <a href={`${searchHref}?q=${encodeURIComponent(suggestion)}`} onClick={(event) => chooseSuggestion(event, suggestion)}>{suggestion}</a>
          </li>
        ))}
      </ul>
    </section>
  );
  const helpLine = (
    <section className="search-help" aria-labelledby="search-help-title">
      <h2 id="search-help-title">{s.helpTitle}</h2>
      <p>{s.helpText}</p>
      {calls}
      <p><a href={helpHref}>{s.helpMore}</a></p>
    </section>
  );

  return (
    <div className="search-app" data-search-app data-ready={index ? 'true' : 'false'}>
      <form className="search-form" role="search" aria-labelledby="search-title" action={searchHref} method="get" onSubmit={onSubmit} ref={formRef}>
        <div className="search-form__row">
          <label htmlFor="search-q">{s.label}</label>
          <input id="search-q" type="search" name="q" value={query} placeholder={s.placeholder} autoComplete="off"
            spellCheck={false} enterKeyHint="search" onChange={(event) => setQuery(event.target.value)} />
          <button type="submit">{s.submit}</button>
        </div>
        {trimmed && all.length > 0 && (
          <fieldset className="search-filter">
            <legend>{s.filter}</legend>
            <div className="search-filter__options">
              <label>
                <input type="radio" name="track" value="" checked={track === ''} onChange={() => setTrack('')} />
                {s.filterAll} ({all.length})
              </label>
              {tracksToList.map((id) => (
                <label key={id}>
                  <input type="radio" name="track" value={id} checked={track === id} onChange={() => setTrack(id)} />
                  {trackNames[id]} ({outcome?.byTrack[id] ?? 0})
                </label>
              ))}
            </div>
          </fieldset>
        )}
      </form>

      <p className="search-count" aria-hidden="true">{countText}</p>
      <p className="visually-hidden" role="status" data-search-status>{announcement}</p>
      {failed && (
        <div className="notice" role="alert">
          <p>{s.loadFailed}</p>
          <button type="button" onClick={load}>{s.retry}</button>
        </div>
      )}

      {trimmed && offerHelp && (
        <section className="search-help search-help-offer" aria-labelledby="search-help-offer-title" data-search-help-offer ref={offerRef}>
          <h2 id="search-help-offer-title"><a href={helpHref}>{s.helpOffer}</a></h2>
          <p>{s.helpText}</p>
          {calls}
        </section>
      )}

      {trimmed && results.length > 0 && (
        <>
          <ol className="search-results" aria-label={s.results} ref={resultsRef}>
            {results.slice(0, shown).map((result) => (
              <li key={result.doc.slug} className="search-result" data-search-result data-track={result.doc.track}>
                <h2 className="search-result__title">
                  <a href={lessonHref.replace('__slug__', result.doc.slug)} lang={result.doc.lang} onClick={keepQueryForBack}>
                    <Marked segments={highlight(result.doc.title, outcome!.words)} />
                  </a>
                </h2>
                <p className="search-result__meta">
                  <span className="tag">{trackNames[result.doc.track] ?? result.doc.track}</span>
                  {result.doc.lang && <span className="tag tag--quiet">{s.notTranslated}</span>}
                </p>
                <p className="search-result__snippet" lang={result.doc.lang}><Marked segments={snippetOf(result)} /></p>
              </li>
            ))}
          </ol>
          {results.length > shown && <button type="button" className="search-more" onClick={showMore}>{s.more}</button>}
        </>
      )}

      {trimmed && index && all.length > 0 && results.length === 0 && (
        <p className="search-filter-empty">
          {s.filterNone} <button type="button" className="button--quiet" onClick={() => setTrack('')}>{interpolate(s.filterShowAll, { n: all.length })}</button>
        </p>
      )}

      {trimmed && index && all.length === 0 && (
        <section className="search-empty" aria-labelledby="search-tips-title">
          <h2 id="search-tips-title">{s.tips}</h2>
          <ul>
            <li>{s.tipsSpelling}</li>
            <li>{s.tipsFewer}</li>
            <li><a href={homeHref}>{s.tipsBrowse}</a></li>
          </ul>
        </section>
      )}

      {(!trimmed || (index && all.length === 0)) && (
        <div className="search-start">
          {suggestionList}
          {!(trimmed && offerHelp) && helpLine}
        </div>
      )}
    </div>
  );
}
