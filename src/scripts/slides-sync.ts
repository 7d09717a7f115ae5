/**
 * Keeps every window of one lesson's deck on this device on the same slide: a BroadcastChannel
 * where the browser has one, else the `storage` event (another tab's localStorage write). A new
 * window says `hello` and the presenter view answers with its slide, so an audience window
 * opened later joins there; with no presenter open, a deck keeps the slide its link names.
 */
import { deckSyncKey, readDeckMessage, type DeckMessage, type DeckState } from '../lib/slides/sync.ts';

export interface DeckLink {
  /** Tells the other windows where this one is now. */
  publish(state: DeckState): void;
}

export function linkDeck(
  slug: string,
  handlers: { current(): DeckState; follow(state: DeckState): void; answersHello: boolean },
): DeckLink {
  const key = deckSyncKey(slug);
  const self = Math.random().toString(36).slice(2);
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(key) : undefined;

  const send = (message: DeckMessage): void => {
    if (channel) {
      channel.postMessage(message);
      return;
    }
    try {
      localStorage.setItem(key, JSON.stringify(message));
    } catch {
      // Storage off or full: this window simply stays on its own.
    }
  };
  const stateMessage = (state: DeckState): DeckMessage => ({ type: 'state', from: self, at: Date.now(), ...state });

  const receive = (value: unknown): void => {
    const message = readDeckMessage(value);
    if (!message || message.from === self) return;
    if (message.type === 'hello') {
      if (handlers.answersHello) send(stateMessage(handlers.current()));
    }
    else handlers.follow({ slide: message.slide, blank: message.blank });
  };

  if (channel) {
    channel.addEventListener('message', (event: MessageEvent) => receive(event.data));
  } else {
    window.addEventListener('storage', (event) => {
      if (event.key !== key || !event.newValue) return;
      try {
        receive(JSON.parse(event.newValue));
      } catch {
        // Not ours, or half-written: ignore.
      }
    });
  }
  send({ type: 'hello', from: self, at: Date.now() });
  return { publish: (state) => send(stateMessage(state)) };
}
