/**
 * The keyboard shortcut for quick exit, after GOV.UK's "Exit this page": Shift pressed three
 * times in a row. Any other key resets the count (so typing a capitalised name never throws a
 * student out), as does a pause longer than `windowMs`. Esc is never used.
 */
export interface ShiftExitOptions {
  presses?: number;
  /** Longest pause between presses before the count starts again. */
  windowMs?: number;
}

export interface ShiftExitCounter {
  /** Feeds one keydown; returns true when this press completes the shortcut. */
  press(key: string, timeMs: number, repeat?: boolean): boolean;
  /** Presses counted so far (for an on-screen hint). */
  readonly count: number;
}

export function createShiftExitCounter(options: ShiftExitOptions = {}): ShiftExitCounter {
  const presses = options.presses ?? 3;
  const windowMs = options.windowMs ?? 5000;
  let count = 0;
  let last = -Infinity;
  return {
    press(key, timeMs, repeat = false) {
      if (key !== 'Shift') {
        count = 0;
        return false;
      }
      if (repeat) return false; // holding Shift down is one press
      count = timeMs - last > windowMs ? 1 : count + 1;
      last = timeMs;
      if (count >= presses) {
        count = 0;
        return true;
      }
      return false;
    },
    get count() {
      return count;
    },
  };
}
