/**
 * The browser side of session reports (see browser-store.ts): one store per page and a change
 * feed for other tabs. The report island uses this, never localStorage directly.
 */
import { toBase64Url } from '../lib/progress/store.ts';
import { createReportStore, REPORTS_KEY } from '../lib/sessions/store.ts';
import { browserRecordStore, randomBytes } from './browser-store.ts';

const reports = browserRecordStore(REPORTS_KEY, (storages) => createReportStore(storages));

export const reportStore = reports.get;
export const onReportsChange = reports.onChange;

/** A new report id. */
export function newReportId(): string {
  return toBase64Url(randomBytes(9));
}
