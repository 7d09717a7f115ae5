/**
 * In discreet mode, every move between the site's own pages replaces the history entry instead
 * of adding one (links, the header search and other GET forms). Outside discreet mode the
 * browser navigates as usual. See src/lib/safety/discreet-navigation.ts for the rules.
 */
import { discreetReplacement, formAddress } from '../lib/safety/discreet-navigation.ts';

const isOn = () => document.documentElement.classList.contains('is-discreet');

export function setUpDiscreetNavigation(): void {
  const base = document.documentElement.dataset.base ?? '/';
  document.addEventListener('click', (event) => {
    if (!isOn() || event.defaultPrevented) return;
    const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (!link || link.hasAttribute('data-quick-exit')) return;
    const target = discreetReplacement({
      url: new URL(link.href, location.href),
      from: new URL(location.href),
      base,
      newContext: event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey,
      special: Boolean(link.target && link.target !== '_self') || link.hasAttribute('download'),
    });
    if (!target) return;
    event.preventDefault();
    location.replace(target);
  });
  document.addEventListener('submit', (event) => {
    if (!isOn() || event.defaultPrevented) return;
    const form = event.target as HTMLFormElement;
    if ((form.method || 'get').toLowerCase() !== 'get' || !form.getAttribute('action')) return;
    const fields = [...new FormData(form)].filter((entry): entry is [string, string] => typeof entry[1] === 'string');
    const target = discreetReplacement({
      url: formAddress(new URL(form.action, location.href), fields),
      from: new URL(location.href),
      base,
      special: Boolean(form.target && form.target !== '_self'),
    });
    if (!target) return;
    event.preventDefault();
    location.replace(target);
  });
}
