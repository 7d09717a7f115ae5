/**
 * The browser side of progress: one store per page on top of localStorage (sessionStorage as
 * the this-tab fallback), notices shown in the layout's status region, and a change feed that
 * also fires when another tab saves. Pages and islands use this, never localStorage directly.
 */
import { createProgressStore, PROGRESS_KEY, type ProgressUpdate, type StoreNotice, type StoreState } from '../lib/progress/store.ts';
import type { Profile, ProgressRecord } from '../lib/progress/schema.ts';

import { browserRecordStore, randomBytes } from './browser-store.ts';
import { DISCREET_KEY, isDiscreet, setDiscreet } from './discreet.ts';

export { DISCREET_KEY, isDiscreet, setDiscreet };

const progress = browserRecordStore(PROGRESS_KEY, (storages) =>
  createProgressStore({
    ...storages,
    randomBytes,
    defaultNickname: document.getElementById('progress-notices')?.dataset.defaultNickname ?? 'Hồ sơ {n}',
  }),
);

/** The page's progress store. */
export const progressStore = progress.get;

/** Shows storage notices in the layout's status region (plain text, in the page's language). */
export function showNotices(notices: readonly StoreNotice[]): void {
  const region = document.getElementById('progress-notices');
  if (!region) return;
  const recovered = (problem: string) =>
    problem === 'invalid' ? region.dataset.msgRecoveredInvalid : problem === 'newer' ? region.dataset.msgRecoveredNewer : region.dataset.msgRecovered;
  const messages = notices.map((notice) =>
    notice.kind === 'recovered'
      ? recovered(notice.problem)
      : notice.kind === 'recovered-unsaved'
        ? region.dataset.msgRecoveredUnsaved
        : region.dataset.msgTabOnly,
  );
  const text = [...new Set(messages.filter(Boolean))].join(' ');
  if (!text || region.textContent === text) return;
  region.textContent = text;
  region.hidden = false;
}

/** Says, in the status region, that the last change was refused (a value out of range) and nothing was lost. */
export function showRefused(): void {
  const region = document.getElementById('progress-notices');
  if (!region?.dataset.msgRefused) return;
  region.textContent = region.dataset.msgRefused;
  region.hidden = false;
}

/** Loads progress and shows any notice. */
export function loadProgress(): StoreState {
  const state = progressStore().load();
  showNotices(state.notices);
  return state;
}

/** Applies a change to the active profile (creating one on first use) and saves. */
export function updateActiveProfile(change: (profile: Profile) => Profile): ProgressUpdate {
  const s = progressStore();
  const state = s.update((record: ProgressRecord) => {
    const { record: withProfile, profile } = s.ensureProfile(record);
    const next = change(profile);
    return { ...withProfile, profiles: withProfile.profiles.map((p) => (p.id === next.id ? next : p)) };
  });
  showNotices(state.notices);
  if (!state.saved) showRefused();
  return state;
}

/** The active profile of a record, if any. */
export function activeProfile(record: ProgressRecord): Profile | undefined {
  return record.profiles.find((p) => p.id === record.activeProfileId) ?? record.profiles[0];
}

/** Calls `listener` when another tab changes progress (notices shown, as every load does). */
export function onProgressChange(listener: (state: StoreState) => void): () => void {
  return progress.onChange((state) => {
    showNotices(state.notices);
    listener(state);
  });
}
