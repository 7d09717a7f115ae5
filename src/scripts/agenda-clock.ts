/**
 * Agenda times on a session plan: elapsed from 0:00 as printed, or real clock times once the
 * trainer types a start time. The start time also travels to the printable plan (`?start=`),
 * so the paper shows the same times.
 */
import { formatClock, parseClockTime, slotLabel } from '../lib/sessions/agenda.ts';

export function setUpAgendaClock(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-agenda]')) {
    const control = root.querySelector<HTMLElement>('[data-agenda-control]');
    const input = control?.querySelector<HTMLInputElement>('input');
    const status = root.querySelector<HTMLElement>('[data-agenda-status]');
    const error = root.querySelector<HTMLElement>('[data-agenda-error]');
    if (!control || !input || !status || !error) continue;
    const cells = [...root.querySelectorAll<HTMLElement>('[data-slot-start]')];
    const carriers = [...document.querySelectorAll<HTMLAnchorElement>('a[data-keep-start]')];

    const apply = (announce: boolean) => {
      const text = input.value.trim();
      const start = text ? parseClockTime(text) : null;
      const invalid = text !== '' && start === null;
      input.setAttribute('aria-invalid', String(invalid));
      error.hidden = !invalid;
      for (const cell of cells) {
        cell.textContent = slotLabel({ start: Number(cell.dataset.slotStart), end: Number(cell.dataset.slotEnd) }, start);
      }
      for (const link of carriers) {
        const url = new URL(link.href, location.href);
        if (start === null) url.searchParams.delete('start');
        else url.searchParams.set('start', formatClock(start));
        link.href = url.pathname + url.search + url.hash;
      }
      if (announce) {
        status.textContent =
          start === null
            ? (status.dataset.msgElapsed ?? '')
            : (status.dataset.msgClock ?? '').replace('{time}', formatClock(start));
      }
    };

    const fromUrl = new URLSearchParams(location.search).get('start');
    const parsed = fromUrl ? parseClockTime(fromUrl) : null;
    if (parsed !== null) input.value = formatClock(parsed);
    control.hidden = false;
    input.addEventListener('input', () => apply(true));
    input.addEventListener('change', () => apply(true));
    apply(parsed !== null);
  }
}
