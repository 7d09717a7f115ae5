/**
 * The browser side of session reports: one store per page on localStorage (sessionStorage as
 * the this-tab fallback), random report ids, and a change feed for other tabs. The report
 * island uses this, never localStorage directly.
 */
import { toBase64Url, type StorageLike } from '../lib/progress/store.ts';
import { createReportStore, REPORTS_KEY, type ReportStore, type ReportStoreState } from '../lib/sessions/store.ts';

function storageOrNull(name: 'localStorage' | 'sessionStorage'): StorageLike | null {
  try {
    return window[name] ?? null;
  } catch {
    return null; // some private modes throw on mere access
  }
}

let store: ReportStore | undefined;

export function reportStore(): ReportStore {
  store ??= createReportStore({ storage: storageOrNull('localStorage'), tabStorage: storageOrNull('sessionStorage') });
  return store;
}

/** A new report id (crypto.getRandomValues works on plain HTTP, unlike crypto.subtle). */
export function newReportId(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(9)));
}

/** Calls `listener` when another tab changes the reports. */
export function onReportsChange(listener: (state: ReportStoreState) => void): () => void {
  const handler = (event: StorageEvent) => {
    if (event.key === REPORTS_KEY || event.key === null) listener(reportStore().load());
  };
  window.addEventListener('storage', handler);
  return () => window.removeEventListener('storage', handler);
}
