/** The text-size buttons in the header (the early head script applies the saved size). */
const KEY = 'vungbuoc:text-size';
const SIZES = ['normal', 'large', 'larger'] as const;

export function setUpTextSize(): void {
  const group = document.querySelector<HTMLElement>('[data-text-size-control]');
  if (!group) return;
  const root = document.documentElement;
  const render = () => {
    const current = root.getAttribute('data-text-size') ?? 'normal';
    for (const button of group.querySelectorAll<HTMLButtonElement>('button[data-size]')) {
      button.setAttribute('aria-pressed', String(button.dataset.size === current));
    }
  };
  group.addEventListener('click', (event) => {
    const size = (event.target as Element).closest<HTMLButtonElement>('button[data-size]')?.dataset.size;
    if (!size || !(SIZES as readonly string[]).includes(size)) return;
    if (size === 'normal') root.removeAttribute('data-text-size');
    else root.setAttribute('data-text-size', size);
    try {
      if (size === 'normal') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, size);
    } catch {
      // The size applies to this page only.
    }
    render();
  });
  render();
}
