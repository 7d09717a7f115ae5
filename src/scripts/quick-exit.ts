/**
 * Quick exit: the "Thoát nhanh" link and Shift pressed three times replace the page with a
 * neutral one through `location.replace`, so Back does not return here. A tap on the link is
 * handled by the early head script from first paint (see `lib/safety/early-script.ts`); this
 * bundle keeps the link's address on the school's own target once `local.json` is read, and
 * listens for the keyboard shortcut.
 */
import { resolveExitUrl } from '../lib/safety/exit-url.ts';
import { createShiftExitCounter } from '../lib/safety/shift-exit.ts';
import type { LocalSettingsResult } from '../lib/local/settings.ts';
import { onLocalSettings } from './local-settings.ts';

function exitUrl(override?: string): string {
  const root = document.documentElement;
  return resolveExitUrl({ configured: root.dataset.exitUrl ?? '/', override, base: root.dataset.base ?? '/', origin: window.location.origin });
}

/** Points the link at the school's own target; the built address stays when there is none. */
function showExitTarget(result: LocalSettingsResult): void {
  const url = exitUrl(result.settings.quickExitUrl);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-quick-exit]')) link.setAttribute('href', url);
}

function exitNow(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');
  const root = document.documentElement;
  // Hide the page at once, before the next one loads.
  root.classList.add('is-exiting');
  document.title = '';
  window.location.replace(link?.href ?? exitUrl());
}

export function setUpQuickExit(): void {
  onLocalSettings(showExitTarget);
  const counter = createShiftExitCounter();
  document.addEventListener(
    'keydown',
    (event) => {
      if (counter.press(event.key, event.timeStamp, event.repeat)) exitNow();
    },
    { capture: true },
  );
}
