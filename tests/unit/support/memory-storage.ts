/** An in-memory Web Storage for store tests, which can be made full or blocked. */
import type { StorageLike } from '../../../src/lib/storage/record-store.ts';

export class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  /** Every write throws QuotaExceededError. */
  full = false;
  /** Every access throws SecurityError (storage blocked, some private modes). */
  broken = false;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string) {
    if (this.broken) throw new DOMException('denied', 'SecurityError');
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.broken) throw new DOMException('denied', 'SecurityError');
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}
