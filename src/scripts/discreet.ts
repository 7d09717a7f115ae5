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

/** Whether discreet mode is on for this device. */
export function isDiscreet(): boolean {
  try {
    return localStorage.getItem(DISCREET_KEY) === '1';
  } catch {
    return false;
  }
}

/** Turns discreet mode on or off; false when the browser will not save the setting. */
export function setDiscreet(on: boolean): boolean {
  try {
    if (on) localStorage.setItem(DISCREET_KEY, '1');
    else localStorage.removeItem(DISCREET_KEY);
    applyDiscreetMode();
    return true;
  } catch {
    return false;
  }
}

/** The on/off button on /help/ (`[data-discreet-toggle]`, strings in its data attributes). */
export function setUpDiscreetToggle(): void {
  const box = document.querySelector<HTMLElement>('[data-discreet-toggle]');
  const button = box?.querySelector('button');
  const status = box?.querySelector('[role="status"]');
  if (!box || !button || !status) return;
  const render = () => {
    const on = isDiscreet();
    button.textContent = (on ? box.dataset.off : box.dataset.on) ?? '';
    button.setAttribute('aria-pressed', String(on));
    status.textContent = (on ? box.dataset.isOn : box.dataset.isOff) ?? '';
  };
  button.hidden = false;
  button.addEventListener('click', () => {
    if (!setDiscreet(!isDiscreet())) status.textContent = box.dataset.unavailable ?? '';
    else render();
  });
  render();
}
