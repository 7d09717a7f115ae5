/**
 * The browser side of the class view: one class store per page on top of localStorage, and a
 * change feed that fires when another tab saves. The class island uses this, never
 * localStorage directly.
 */
import { CLASSES_KEY, createClassStore, type ClassStore, type ClassStoreState } from '../lib/class/store.ts';
import type { StorageLike } from '../lib/progress/store.ts';

function storageOrNull(name: 'localStorage' | 'sessionStorage'): StorageLike | null {
  try {
    return window[name] ?? null;
  } catch {
    return null; // some private modes throw on mere access
  }
}

let store: ClassStore | undefined;

export function classStore(): ClassStore {
  store ??= createClassStore({
    storage: storageOrNull('localStorage'),
    tabStorage: storageOrNull('sessionStorage'),
    randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
  });
  return store;
}

/** Calls `listener` when another tab changes the classes. */
export function onClassesChange(listener: (state: ClassStoreState) => void): () => void {
  const handler = (event: StorageEvent) => {
    if (event.key === CLASSES_KEY || event.key === null) listener(classStore().load());
  };
  window.addEventListener('storage', handler);
  return () => window.removeEventListener('storage', handler);
}
