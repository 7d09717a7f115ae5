/**
 * Every key the site keeps in the browser's storage, in one list: what it holds, and whether
 * "forget me on this device" removes it. A unit test checks that no key in the code is missing
 * from this list, so "forget me" is provably complete. A key ending in ":" is a prefix.
 */

export interface StorageKey {
  key: string;
  /** What it holds, for whoever reads a shared device's storage. */
  holds: string;
  /** Removed by "forget me": everything that tells what a learner did or read. */
  forget: boolean;
}

export const STORAGE_KEYS = {
  progress: { key: 'vungbuoc:progress', holds: "learners' profiles, lessons and quiz attempts", forget: true },
  progressKept: { key: 'vungbuoc:progress:unreadable:', holds: 'copies of progress the site could not read', forget: true },
  certificateName: { key: 'vungbuoc:certificate-name', holds: 'the name typed on a certificate', forget: true },
  deckSlide: { key: 'vungbuoc:deck:', holds: 'the slide a lesson deck was left on', forget: true },
  deckTimer: { key: 'vungbuoc:deck-timer:v1:', holds: "a presenter's timer for a lesson", forget: true },
  inAppHint: { key: 'vungbuoc:inapp-hint-dismissed', holds: 'the in-app browser hint was dismissed', forget: true },
  // Kept by "forget me": settings that protect the learner or belong to someone else.
  discreet: { key: 'vungbuoc:discreet', holds: 'discreet mode is on (kept: forgetting must not reveal titles again)', forget: false },
  textSize: { key: 'vungbuoc:text-size', holds: 'the chosen text size', forget: false },
  offline: { key: 'vungbuoc:offline-downloaded', holds: 'which language was downloaded for offline use (matches the offline cache)', forget: false },
  localSettings: { key: 'vungbuoc:local-settings:v1', holds: "a copy of the school's local.json", forget: false },
  reports: { key: 'vungbuoc:reports', holds: "a trainer's session reports", forget: false },
  reportsKept: { key: 'vungbuoc:reports:unreadable:', holds: 'copies of reports the site could not read', forget: false },
  classes: { key: 'vungbuoc:classes', holds: "a teacher's classes", forget: false },
  classesKept: { key: 'vungbuoc:classes:unreadable:', holds: 'copies of classes the site could not read', forget: false },
  rollup: { key: 'vungbuoc:rollup', holds: "a coordinator's programme roll-up (trainers' report files)", forget: false },
  rollupKept: { key: 'vungbuoc:rollup:unreadable:', holds: 'copies of the roll-up the site could not read', forget: false },
} as const satisfies Record<string, StorageKey>;

/** Keys and prefixes "forget me" removes. */
export const FORGET_KEYS: readonly string[] = Object.values(STORAGE_KEYS)
  .filter((entry) => entry.forget)
  .map((entry) => entry.key);

/** True when `key` is `pattern`, or starts with it when `pattern` is a prefix (ends in ":"). */
export function keyMatches(key: string, pattern: string): boolean {
  return pattern.endsWith(':') ? key.startsWith(pattern) : key === pattern;
}
