/**
 * Messages between windows showing the same deck on one device (presenter view and audience
 * windows), sent over a BroadcastChannel or, where there is none, through the `storage` event.
 * No server is involved, so it works from the static build and without a network.
 */

/** Prefix of the channel name and of the localStorage key; the lesson slug follows. */
export const DECK_SYNC_PREFIX = 'vungbuoc:deck:';

/** Channel name and storage key for one lesson's deck. */
export function deckSyncKey(slug: string): string {
  return `${DECK_SYNC_PREFIX}${slug}`;
}

/** What every window of a deck shows. */
export interface DeckState {
  slide: number;
  /** The audience screen is blanked (`B`). */
  blank: boolean;
}

export type DeckMessage =
  /** A window moved (or answers a `hello`): everyone else follows. */
  | { type: 'state'; from: string; at: number; slide: number; blank: boolean }
  /** A window has just opened and asks where the deck is. */
  | { type: 'hello'; from: string; at: number };

/** A message from another window, or undefined for anything that is not one (other keys, old formats). */
export function readDeckMessage(value: unknown): DeckMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const message = value as Record<string, unknown>;
  if (typeof message.from !== 'string' || typeof message.at !== 'number') return undefined;
  if (message.type === 'hello') return { type: 'hello', from: message.from, at: message.at };
  if (message.type === 'state' && Number.isInteger(message.slide) && (message.slide as number) >= 1 && typeof message.blank === 'boolean') {
    return { type: 'state', from: message.from, at: message.at, slide: message.slide as number, blank: message.blank };
  }
  return undefined;
}
