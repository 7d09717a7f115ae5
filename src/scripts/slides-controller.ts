/**
 * What the audience deck and the presenter view share: the current slide and blank state, the
 * keyboard, the slide number in the URL hash, typed slide numbers, swipes and the link to the
 * deck's other windows. Each page supplies how it shows a state.
 */
import { clampSlide, commandForKey, hashForSlide, moveTo, slideFromHash, swipeCommand, typeDigit, typedTarget } from '../lib/slides/navigation.ts';
import type { DeckState } from '../lib/slides/sync.ts';
import { linkDeck } from './slides-sync.ts';

export interface DeckView {
  /** Shows a state (called on every change, from this window or another). */
  show(state: DeckState): void;
  /** Shows the slide number being typed ('' when none). */
  showTyped(typed: string): void;
  /** Page-only keys (`F`, `O`, Escape); return true when handled. */
  command?(type: 'fullscreen' | 'overview' | 'escape'): boolean;
}

export interface DeckController {
  go(slide: number): void;
  move(direction: 'next' | 'previous' | 'first' | 'last'): void;
  toggleBlank(): void;
  readonly state: DeckState;
}

/** Fills `{name}` placeholders of a UI string passed in a data attribute. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Keys typed into these keep their usual meaning. */
function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Space and Enter on these press them rather than turning the page. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && /^(A|BUTTON|SUMMARY)$/.test(target.tagName);
}

/**
 * A region that scrolls must be reachable from the keyboard (WCAG 2.1.1): a long slide or long
 * notes get a tab stop only while they actually overflow.
 */
export function markScrollable(element: Element | null | undefined): void {
  if (!element) return;
  if (element.scrollHeight > element.clientHeight + 1) element.setAttribute('tabindex', '0');
  else element.removeAttribute('tabindex');
}

export function startDeckController(options: {
  slug: string;
  count: number;
  view: DeckView;
  swipeArea?: HTMLElement;
  /** The presenter view tells windows that open later where the deck is. */
  leads?: boolean;
}): DeckController {
  const { count, view } = options;
  let state: DeckState = { slide: slideFromHash(location.hash, count) ?? 1, blank: false };
  let typed = '';

  const setTyped = (value: string): void => {
    typed = value;
    view.showTyped(typed);
  };

  const apply = (next: DeckState, publish: boolean): void => {
    state = { slide: clampSlide(next.slide, count), blank: next.blank };
    const hash = hashForSlide(state.slide);
    // Replace, not push: Back leaves the deck instead of stepping through every slide.
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
    view.show(state);
    if (publish) link.publish(state);
  };

  const controller: DeckController = {
    // Turning the page also brings back a blanked screen.
    go: (slide) => apply({ slide, blank: false }, true),
    move: (direction) => apply({ slide: moveTo(direction, state.slide, count), blank: false }, true),
    toggleBlank: () => apply({ slide: state.slide, blank: !state.blank }, true),
    get state() {
      return state;
    },
  };

  const link = linkDeck(options.slug, { current: () => state, follow: (next) => apply(next, false), answersHello: options.leads ?? false });

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
    const command = commandForKey(event.key);
    if (!command) return;
    if ((event.key === ' ' || event.key === 'Enter') && isControl(event.target)) return;
    switch (command.type) {
      case 'next':
      case 'previous':
      case 'first':
      case 'last':
        controller.move(command.type);
        setTyped('');
        break;
      case 'blank':
        controller.toggleBlank();
        break;
      case 'digit':
        setTyped(typeDigit(typed, command.digit));
        break;
      case 'erase':
        if (!typed) return;
        setTyped(typed.slice(0, -1));
        break;
      case 'enter': {
        const target = typedTarget(typed, count);
        if (target === undefined) return;
        controller.go(target);
        setTyped('');
        break;
      }
      case 'escape':
        if (typed) setTyped('');
        else if (!view.command?.('escape')) return;
        break;
      case 'fullscreen':
      case 'overview':
        if (!view.command?.(command.type)) return;
        break;
    }
    event.preventDefault();
  });

  window.addEventListener('hashchange', () => {
    const slide = slideFromHash(location.hash, count);
    if (slide === undefined) history.replaceState(history.state, '', hashForSlide(state.slide));
    else if (slide !== state.slide) controller.go(slide);
  });

  if (options.swipeArea) {
    let start: { x: number; y: number } | undefined;
    options.swipeArea.addEventListener('touchstart', (event) => {
      const touch = event.touches[0];
      start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : undefined;
    }, { passive: true });
    options.swipeArea.addEventListener('touchend', (event) => {
      const touch = event.changedTouches[0];
      if (!start || !touch) return;
      const direction = swipeCommand(touch.clientX - start.x, touch.clientY - start.y);
      start = undefined;
      if (direction) controller.move(direction);
    }, { passive: true });
  }

  apply(state, false);
  return controller;
}
