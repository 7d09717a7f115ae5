/**
 * Resolves a root-relative URL written in content: pages (`/lessons/a/`) get the base and the
 * page's locale prefix; files (`/images/a.png`) get only the base. Other URLs pass through.
 */
import type { UrlBuilder } from './paths.ts';

export function createContentUrlResolver(url: UrlBuilder): (href: string) => string {
  return (href) => {
    if (!href.startsWith('/') || href.startsWith('//')) return href;
    const path = href.split(/[?#]/)[0]!;
    const isFile = path.startsWith('/images/') || /\.[a-z0-9]{2,5}$/i.test(path);
    return isFile ? url.asset(href) : url.page(href);
  };
}
