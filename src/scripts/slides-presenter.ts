/**
 * The presenter view: shows the current slide with the next one and its notes, runs the timer
 * against the lesson's duration, and drives the audience windows (see slides-controller.ts).
 * The timer starts with the first slide change (or its button), never on page load; it
 * survives a reload of this tab (sessionStorage) and never needs a network clock.
 */
import {
  elapsedMs,
  formatClock,
  formatDuration,
  isFresh,
  paceOf,
  pauseTimer,
  readTimerState,
  RESET_TIMER,
  startTimer,
  timerOnSlideChange,
  type TimerState,
} from '../lib/slides/timer.ts';
import { fill, markScrollable, startDeckController } from './slides-controller.ts';

const TIMER_KEY_PREFIX = 'vungbuoc:deck-timer:v1:';

function loadTimer(key: string): TimerState {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? readTimerState(JSON.parse(raw)) : RESET_TIMER;
  } catch {
    return RESET_TIMER;
  }
}

function saveTimer(key: string, timer: TimerState): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(timer));
  } catch {
    // Storage off: the timer still runs, it just does not survive a reload.
  }
}

export function startPresenter(): void {
  const root = document.querySelector<HTMLElement>('[data-presenter]');
  if (!root) return;
  const labels = root.dataset;
  const slug = labels.slug ?? '';
  const items = [...root.querySelectorAll<HTMLElement>('[data-presenter-item]')];
  const total = items.length;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const controls = $('[data-presenter-controls]');
  const counter = $('[data-deck-counter]');
  const typedBox = $('[data-deck-typed]');
  const status = $('[data-deck-status]');
  const blankNotice = $('[data-presenter-blanked]');
  const button = (action: string) => controls.querySelector<HTMLButtonElement>(`[data-deck-action="${action}"]`)!;

  root.classList.add('presenter--live');
  controls.hidden = false;
  $('[data-presenter-time]').hidden = false;

  // Timer and clock.
  const timerKey = `${TIMER_KEY_PREFIX}${slug}`;
  const budgetMinutes = Number(labels.duration) || 1;
  let timer = loadTimer(timerKey);
  const toggle = $<HTMLButtonElement>('[data-timer-toggle]');
  const elapsedBox = $('[data-timer-elapsed]');
  const clock = $('[data-clock]');
  const remaining = $('[data-timer-remaining]');
  const pace = $('[data-timer-pace]');

  /** 0 until the first slide is shown. */
  let currentSlide = 0;
  const tick = (): void => {
    const now = Date.now();
    const elapsed = elapsedMs(timer, now);
    elapsedBox.textContent = formatDuration(elapsed);
    const date = new Date(now);
    clock.textContent = formatClock(date.getHours(), date.getMinutes());
    const state = paceOf({ elapsedMs: elapsed, budgetMinutes, slide: Math.max(1, currentSlide), slideCount: total });
    remaining.textContent = fill((state.over ? labels.labelOver : labels.labelRemaining) ?? '{time}', { time: formatDuration(state.remainingMs) });
    remaining.classList.toggle('is-over', state.over);
    const paceLabel = { ahead: labels.labelAhead, 'on-time': labels.labelOnTime, behind: labels.labelBehind }[state.status] ?? '';
    const planned = fill(labels.labelPlanned ?? '', { from: formatDuration(state.planned.startMs), to: formatDuration(state.planned.endMs) });
    // Nothing to compare before the lesson's time has started.
    pace.textContent = isFresh(timer) ? '' : `${planned} — ${fill(paceLabel, { time: formatDuration(state.differenceMs) })}`;
    toggle.textContent = (timer.running ? labels.labelPause : labels.labelStart) ?? '';
    toggle.setAttribute('aria-pressed', String(timer.running));
  };

  const setTimer = (next: TimerState): void => {
    timer = next;
    saveTimer(timerKey, timer);
    tick();
  };

  const markScrollableParts = (): void => {
    const item = items[currentSlide - 1];
    markScrollable(item?.querySelector('.presenter__current .slide'));
    markScrollable(item?.querySelector('.presenter__notes'));
  };

  const deck = startDeckController({
    slug,
    count: total,
    leads: true,
    view: {
      show(state) {
        for (const item of items) item.hidden = Number(item.dataset.presenterItem) !== state.slide;
        counter.textContent = fill(labels.labelCounter ?? '{n} / {total}', { n: state.slide, total });
        blankNotice.hidden = !state.blank;
        button('blank').setAttribute('aria-pressed', String(state.blank));
        button('previous').disabled = state.slide <= 1;
        button('next').disabled = state.slide >= total;
        const changed = currentSlide !== 0 && currentSlide !== state.slide;
        if (changed) {
          const title = items[state.slide - 1]?.querySelector<HTMLElement>('[data-slide]')?.dataset.title ?? '';
          status.textContent = fill(labels.labelAnnounce ?? '', { n: state.slide, total, title });
        }
        currentSlide = state.slide;
        markScrollableParts();
        // The lesson's time starts when the presenter first leaves the slide shown on opening.
        if (changed) setTimer(timerOnSlideChange(timer, Date.now()));
        else tick();
      },
      showTyped(typed) {
        typedBox.hidden = !typed;
        typedBox.textContent = typed ? fill(labels.labelTyped ?? '{n}', { n: typed }) : '';
      },
    },
  });

  window.addEventListener('resize', markScrollableParts);

  controls.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-deck-action]')?.dataset.deckAction;
    if (action === 'previous' || action === 'next') deck.move(action);
    else if (action === 'blank') deck.toggleBlank();
  });

  // Open the audience as its own window (to drag onto the projector screen), at this slide.
  const audience = $<HTMLAnchorElement>('[data-open-audience]');
  audience.addEventListener('click', (event) => {
    const url = `${audience.href.split('#')[0]}#${deck.state.slide}`;
    if (window.open(url, audience.target, 'popup')) event.preventDefault();
  });

  toggle.addEventListener('click', () => setTimer(timer.running ? pauseTimer(timer, Date.now()) : startTimer(timer, Date.now())));
  $('[data-timer-reset]').addEventListener('click', () => setTimer(RESET_TIMER));
  window.setInterval(tick, 1000);
  tick();
}
