/**
 * Discreet mode moves between the site's own pages without adding to the browser's history:
 * each link, form or search replaces the current entry, so after a quick exit (which also
 * replaces) nothing about the topic is a Back press away. Pure: the decision, not the DOM.
 */

/** What a click or submit looked like, as far as the decision needs. */
export interface NavigationIntent {
  /** The address it leads to, resolved against the page (`new URL(href, location)`). */
  url: URL;
  /** The page's own address. */
  from: URL;
  /** The site's base path (`/` or `/hoc/`). */
  base: string;
  /** A modifier or another button asks for a new tab or window: leave it to the browser. */
  newContext?: boolean;
  /** `target`, `download` or a non-GET form: leave it to the browser. */
  special?: boolean;
}

/** The address to `location.replace` with, or null to let the browser navigate as usual. */
export function discreetReplacement(intent: NavigationIntent): string | null {
  const { url, from, base } = intent;
  if (intent.newContext || intent.special) return null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.origin !== from.origin) return null;
  if (!url.pathname.startsWith(base)) return null;
  // A jump within the same page (a skip link, a section link) adds no page to history worth hiding.
  if (url.pathname === from.pathname && url.search === from.search && url.hash) return null;
  return url.href;
}

/** A GET form's target address with its fields, as the browser would build it. */
export function formAddress(action: URL, fields: Iterable<[string, string]>): URL {
  const url = new URL(action.href);
  url.search = new URLSearchParams([...fields]).toString();
  return url;
}
