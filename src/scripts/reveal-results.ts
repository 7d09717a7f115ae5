/**
 * After a search on a small screen, the results start below the header, the page title and the
 * search form: scroll so the search form sits just under the bars that stay on screen (the
 * safety bar with quick exit), leaving the box, the filter and the first result in view.
 */

/** Bottom edge of the bars pinned to the top of the window (sticky or fixed), in pixels. */
function pinnedBarsBottom(): number {
  let bottom = 0;
  for (const element of document.body.children) {
    const position = getComputedStyle(element).position;
    if (position !== 'sticky' && position !== 'fixed') continue;
    const rect = element.getBoundingClientRect();
    if (rect.top <= 1 && rect.height > 0) bottom = Math.max(bottom, rect.bottom);
  }
  return bottom;
}

/**
 * Brings `first` (the first result) into view by scrolling `top` (the search form) up to the
 * pinned bars, only when `first` is not already fully visible. On a page that opened by Back or
 * a reload (`afterLoad`), the browser restores the learner's own scroll position: leave it.
 */
export function revealResults(top: HTMLElement, first: HTMLElement, options: { afterLoad: boolean }): void {
  // A wide screen shows the first result below the form already, or the learner scrolls: only
  // a phone (the header's narrow layout) needs the help.
  if (!window.matchMedia('(max-width: 40rem)').matches) return;
  if (options.afterLoad) {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (navigation && navigation.type !== 'navigate') return;
  }
  const barsBottom = pinnedBarsBottom();
  const rect = first.getBoundingClientRect();
  if (rect.top >= barsBottom && rect.bottom <= window.innerHeight) return;
  const gap = 8;
  window.scrollTo({ top: window.scrollY + top.getBoundingClientRect().top - barsBottom - gap, behavior: 'instant' });
}
