/**
 * The phone header's two toggles: the search form and the menu (links, text size, language)
 * open on demand, so a 360 px screen shows the help numbers, quick exit and the page itself.
 * On a wide screen CSS shows everything and the toggles are hidden. Without JavaScript the
 * `js` class is missing and everything stays open.
 */
export function setUpHeaderToggles(): void {
  const header = document.querySelector<HTMLElement>('[data-site-header]');
  if (!header) return;
  for (const toggle of header.querySelectorAll<HTMLButtonElement>('[data-header-toggle]')) {
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    if (!panel) continue;
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      panel.classList.toggle('is-open', open);
      if (open && toggle.dataset.headerToggle === 'search') panel.querySelector<HTMLInputElement>('input')?.focus();
    });
  }
}
