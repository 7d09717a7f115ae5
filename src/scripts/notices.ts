/** Gentle site-wide notices: the in-app-browser hint and the "this copy is old" banner. */
import { detectInAppBrowser } from '../lib/safety/in-app.ts';
import { isBuildStale } from '../lib/safety/stale.ts';

const DISMISS_KEY = 'vungbuoc:inapp-hint-dismissed';

function sessionFlag(read: true): boolean;
function sessionFlag(read: false): void;
function sessionFlag(read: boolean): boolean | void {
  try {
    if (read) return sessionStorage.getItem(DISMISS_KEY) === '1';
    sessionStorage.setItem(DISMISS_KEY, '1');
  } catch {
    // Storage can be unavailable (private mode); the hint simply shows again.
  }
  return false;
}

export function setUpNotices(): void {
  const hint = document.getElementById('in-app-hint');
  if (hint && detectInAppBrowser(navigator.userAgent) && !sessionFlag(true)) {
    hint.hidden = false;
    hint.querySelector('button')?.addEventListener('click', () => {
      hint.hidden = true;
      sessionFlag(false);
    });
  }
  const stale = document.getElementById('stale-banner');
  const buildDate = document.documentElement.dataset.buildDate;
  if (stale && buildDate && isBuildStale(buildDate, new Date())) stale.hidden = false;
}
