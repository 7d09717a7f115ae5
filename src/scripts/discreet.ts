/**
 * Discreet mode, applied on every page as early as possible: a neutral page title, so a shared
 * phone's tabs and history do not spell out what was being read. No zod, no store — one flag.
 */
export const DISCREET_KEY = 'vungbuoc:discreet';

export function applyDiscreetMode(): void {
  let on = false;
  try {
    on = localStorage.getItem(DISCREET_KEY) === '1';
  } catch {
    on = false;
  }
  const root = document.documentElement;
  root.classList.toggle('is-discreet', on);
  if (on && root.dataset.neutralTitle) document.title = root.dataset.neutralTitle;
}
