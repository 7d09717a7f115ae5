/**
 * The audience deck: one slide at a time, sized to the screen. Keyboard, swipe, overview grid
 * (`O`), full screen (`F`), blank screen (`B`), typed slide numbers; follows the presenter view
 * and any other window of the same deck. Slide changes are announced politely.
 */
import { fill, markScrollable, startDeckController, type DeckController } from './slides-controller.ts';

/** Controls fade after this long without the pointer moving, so they stay off the projected slide. */
const IDLE_MS = 2500;

export function startAudienceDeck(): void {
  const root = document.querySelector<HTMLElement>('[data-deck]');
  if (!root) return;
  const slides = [...root.querySelectorAll<HTMLElement>('[data-deck-stage] > [data-slide]')];
  const overview = root.querySelector<HTMLElement>('[data-deck-overview]')!;
  const controls = root.querySelector<HTMLElement>('[data-deck-controls]')!;
  const counter = root.querySelector<HTMLElement>('[data-deck-counter]')!;
  const typedBox = root.querySelector<HTMLElement>('[data-deck-typed]')!;
  const status = root.querySelector<HTMLElement>('[data-deck-status]')!;
  const blankLayer = root.querySelector<HTMLElement>('[data-deck-blank]')!;
  const button = (action: string) => controls.querySelector<HTMLButtonElement>(`[data-deck-action="${action}"]`)!;
  const labels = root.dataset;
  const total = slides.length;

  root.classList.add('deck--live');
  controls.hidden = false;
  overview.hidden = true;

  let shown: { slide: number; blank: boolean } | undefined;
  let overviewOpen = false;

  const setOverview = (open: boolean): void => {
    overviewOpen = open;
    overview.hidden = !open;
    root.classList.toggle('deck--overview', open);
    button('overview').setAttribute('aria-expanded', String(open));
    if (open) overview.querySelector<HTMLElement>('[aria-current="true"]')?.focus();
  };

  const toggleFullscreen = (): boolean => {
    if (!document.fullscreenEnabled) return false;
    const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    request.catch(() => undefined);
    return true;
  };

  const deck: DeckController = startDeckController({
    slug: root.dataset.slug ?? '',
    count: total,
    swipeArea: root.querySelector<HTMLElement>('[data-deck-stage]')!,
    view: {
      show(state) {
        for (const slide of slides) slide.hidden = Number(slide.dataset.slide) !== state.slide;
        for (const link of overview.querySelectorAll<HTMLElement>('[data-goto]')) {
          if (Number(link.dataset.goto) === state.slide) link.setAttribute('aria-current', 'true');
          else link.removeAttribute('aria-current');
        }
        counter.textContent = fill(labels.labelCounter ?? '{n} / {total}', { n: state.slide, total });
        blankLayer.hidden = !state.blank;
        button('blank').setAttribute('aria-pressed', String(state.blank));
        button('previous').disabled = state.slide <= 1;
        button('next').disabled = state.slide >= total;
        const current = slides[state.slide - 1];
        if (shown && (shown.slide !== state.slide || shown.blank !== state.blank)) {
          status.textContent = state.blank
            ? (labels.labelBlanked ?? '')
            : fill(labels.labelAnnounce ?? '', { n: state.slide, total, title: current?.dataset.title ?? '' });
        }
        shown = state;
        // A long slide scrolls; a new one starts at its top.
        current?.querySelector('.slide')?.scrollTo(0, 0);
        markScrollable(current?.querySelector('.slide'));
      },
      showTyped(typed) {
        typedBox.hidden = !typed;
        typedBox.textContent = typed ? fill(labels.labelTyped ?? '{n}', { n: typed }) : '';
      },
      command(type) {
        if (type === 'overview') setOverview(!overviewOpen);
        else if (type === 'fullscreen') return toggleFullscreen();
        else if (overviewOpen) setOverview(false);
        else return false;
        return true;
      },
    },
  });

  controls.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-deck-action]')?.dataset.deckAction;
    if (action === 'previous' || action === 'next') deck.move(action);
    else if (action === 'blank') deck.toggleBlank();
    else if (action === 'overview') setOverview(!overviewOpen);
    else if (action === 'fullscreen') toggleFullscreen();
  });
  button('fullscreen').hidden = !document.fullscreenEnabled;

  overview.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLElement>('[data-goto]');
    if (!link) return;
    event.preventDefault();
    deck.go(Number(link.dataset.goto));
    setOverview(false);
    root.focus();
  });

  window.addEventListener('resize', () => markScrollable(slides[deck.state.slide - 1]?.querySelector('.slide')));

  // Print every slide, not only the current one.
  window.addEventListener('beforeprint', () => {
    for (const slide of slides) slide.hidden = false;
  });
  window.addEventListener('afterprint', () => {
    for (const slide of slides) slide.hidden = Number(slide.dataset.slide) !== deck.state.slide;
  });

  let idleTimer: number | undefined;
  const wake = (): void => {
    root.classList.remove('deck--idle');
    window.clearTimeout(idleTimer);
    idleTimer = window.setTimeout(() => root.classList.add('deck--idle'), IDLE_MS);
  };
  for (const type of ['pointermove', 'pointerdown', 'focusin'] as const) document.addEventListener(type, wake, { passive: true });
  wake();
}
