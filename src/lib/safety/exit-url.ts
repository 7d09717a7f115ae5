/**
 * Where quick exit goes: a local override, else the configured default; site paths get the base.
 * Targets come from files IT edits by hand (`local.json`), so they are parsed the way a browser
 * would parse them: a path that a browser reads as another host (`/\evil.example/`, or `/` and a
 * tab before `/evil.example/`, which URL parsing strips) is refused.
 */
import { joinBase, parseSitePath, routes } from '../url/paths.ts';

/** Stands in for the site's origin where the real one is unknown (at build time, in schemas). */
const NOMINAL_ORIGIN = 'http://site.invalid';

/** Characters a browser drops or reinterprets inside a URL: backslashes, whitespace, controls. */
const AMBIGUOUS = /[\\\s\u0000-\u001F\u007F-\u009F]/;

function tryUrl(input: string, base?: string): URL | undefined {
  try {
    return new URL(input, base);
  } catch {
    return undefined;
  }
}

/** The origin to check against: the page's own when it is a real one (not `null` on file://). */
function originOf(origin: string | undefined): string {
  const url = origin === undefined ? undefined : tryUrl(origin);
  return url && url.origin !== 'null' ? url.origin : NOMINAL_ORIGIN;
}

/** A checked quick-exit target: a page of this origin (path only), or an http(s) address. */
export type ExitTarget = { kind: 'site'; href: string } | { kind: 'external'; href: string };

/**
 * Parses a quick-exit target: a path (`/…`) resolved against the site's origin and base, which
 * must stay on that origin, or a full http(s) address (another origin is allowed: the README
 * offers `https://www.google.com/`). Anything else — `javascript:`, `//host`, backslashes,
 * whitespace, control characters, user names in the address — gives undefined.
 */
export function parseExitTarget(value: string, options: { base: string; origin?: string }): ExitTarget | undefined {
  if (AMBIGUOUS.test(value)) return undefined;
  const origin = originOf(options.origin);
  if (value.startsWith('/')) {
    if (value.startsWith('//')) return undefined;
    const url = tryUrl(joinBase(options.base, value), origin);
    if (!url || url.origin !== origin) return undefined;
    return { kind: 'site', href: `${url.pathname}${url.search}${url.hash}` };
  }
  if (!/^https?:\/\//i.test(value)) return undefined;
  const url = tryUrl(value);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || !url.hostname) return undefined;
  return { kind: 'external', href: url.href };
}

/** A quick-exit target: a path inside the site (`/…`) or a full http(s) address. Never `javascript:`. */
export function isSafeExitUrl(value: string): boolean {
  return parseExitTarget(value, { base: '/' }) !== undefined;
}

/**
 * The address quick exit replaces the page with: the override if it is safe, else the configured
 * target, else a blank page (never the page the learner is on).
 */
export function resolveExitUrl(options: { configured: string; override?: string; base: string; origin?: string }): string {
  const { base, origin } = options;
  const target =
    (options.override === undefined ? undefined : parseExitTarget(options.override, { base, origin })) ??
    parseExitTarget(options.configured, { base, origin });
  return target?.href ?? 'about:blank';
}

/** First path segments of the site's own pages (lessons, tracks, search, help …), from `routes`. */
const TOPIC_SECTIONS = new Set(
  Object.values(routes)
    .map((route) => route('x').split('/')[1])
    .filter((segment): segment is string => Boolean(segment)),
);

/**
 * True when a resolved quick-exit address is one of the site's own pages about its topic (its
 * home, a lesson, a track, search, help …), which tells an onlooker exactly what the learner was
 * reading. Addresses outside the base path and other sites count as neutral.
 */
export function isTopicPage(
  href: string,
  options: { base: string; locales: readonly string[]; defaultLocale: string; origin?: string },
): boolean {
  const origin = originOf(options.origin);
  const url = tryUrl(href, origin);
  if (!url || url.origin !== origin) return false;
  const base = joinBase(options.base, '/');
  if (!`${url.pathname}/`.startsWith(base)) return false;
  const { path } = parseSitePath(url.pathname, options);
  const section = path.split('/')[1] ?? '';
  return section === '' || TOPIC_SECTIONS.has(section);
}
