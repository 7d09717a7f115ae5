/**
 * The browser side of the programme roll-up: one store per page on localStorage
 * (sessionStorage as the this-tab fallback), and a change feed for other tabs. The roll-up
 * island uses this, never localStorage directly.
 */
import type { StorageLike } from '../lib/storage/record-store.ts';
import { createRollupStore, ROLLUP_KEY, type RollupStore, type RollupStoreState } from '../lib/reports/store.ts';

function storageOrNull(name: 'localStorage' | 'sessionStorage'): StorageLike | null {
  try {
    return window[name] ?? null;
  } catch {
    return null; // some private modes throw on mere access
  }
}

let store: RollupStore | undefined;

export function rollupStore(): RollupStore {
  store ??= createRollupStore({ storage: storageOrNull('localStorage'), tabStorage: storageOrNull('sessionStorage') });
  return store;
}

/** Calls `listener` when another tab changes the roll-up. */
export function onRollupChange(listener: (state: RollupStoreState) => void): () => void {
  const handler = (event: StorageEvent) => {
    if (event.key === ROLLUP_KEY || event.key === null) listener(rollupStore().load());
  };
  window.addEventListener('storage', handler);
  return () => window.removeEventListener('storage', handler);
}
