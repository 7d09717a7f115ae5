/**
 * Quick exit: the "Thoát nhanh" button and Shift pressed three times replace the page with a
 * neutral one through `location.replace`, so Back does not return here. Plain script, no
 * island: it works as soon as the page has loaded.
 */
import { resolveExitUrl } from '../lib/safety/exit-url.ts';
import { createShiftExitCounter } from '../lib/safety/shift-exit.ts';
import { currentLocalSettings } from './local-settings.ts';

function exitNow(): void {
  const root = document.documentElement;
  const url = resolveExitUrl({
    configured: root.dataset.exitUrl ?? '/',
    override: currentLocalSettings()?.settings.quickExitUrl,
    base: root.dataset.base ?? '/',
    origin: window.location.origin,
  });
  // Hide the page at once, before the next one loads.
  root.classList.add('is-exiting');
  document.title = '';
  window.location.replace(url);
}

export function setUpQuickExit(): void {
  for (const button of document.querySelectorAll<HTMLAnchorElement>('[data-quick-exit]')) {
    button.addEventListener('click', (event) => {
      event.preventDefault();
      exitNow();
    });
  }
  const counter = createShiftExitCounter();
  document.addEventListener(
    'keydown',
    (event) => {
      if (counter.press(event.key, event.timeStamp, event.repeat)) exitNow();
    },
    { capture: true },
  );
}
