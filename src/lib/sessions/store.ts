/**
 * Where a trainer's session reports live: one versioned record under one key in the
 * browser's storage, validated on every read. As with learners' progress, an unreadable
 * record is copied aside (never deleted) and reported, and a missing or full storage falls
 * back to this tab only, with a notice. Storage is injected (localStorage, or a Map in tests).
 */
import { safeParse } from 'zod/v4/core';
import type { StorageLike, StoreMode, StoreNotice } from '../progress/store.ts';
import { emptyReportsRecord, reportsRecordSchema, type ReportsRecord } from './schema.ts';

export type { StorageLike, StoreMode, StoreNotice };

export const REPORTS_KEY = 'vungbuoc:reports';
export const REPORTS_BACKUP_PREFIX = 'vungbuoc:reports:unreadable:';

export interface ReportStoreState {
  record: ReportsRecord;
  mode: StoreMode;
  notices: StoreNotice[];
}

export interface ReportStoreOptions {
  /** `localStorage`, or null when it cannot be reached. */
  storage: StorageLike | null;
  /** `sessionStorage`, for this-tab-only mode when the main storage fails. */
  tabStorage?: StorageLike | null;
  now?: () => Date;
}

/** Why a stored text is not a reports record, in a few words (kept with the notice). */
function readRecord(raw: string): { ok: true; record: ReportsRecord } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const result = safeParse(reportsRecordSchema, data);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, reason: `invalid at ${issue?.path.join('.') || 'root'}` };
  }
  return { ok: true, record: result.data };
}

export function createReportStore(options: ReportStoreOptions) {
  const now = options.now ?? (() => new Date());
  let mode: StoreMode = options.storage ? 'device' : options.tabStorage ? 'tab' : 'memory';
  let memory: ReportsRecord | undefined;
  const notices: StoreNotice[] = [];
  if (!options.storage) notices.push({ kind: 'tab-only', reason: 'unavailable' });

  const activeStorage = (): StorageLike | null =>
    mode === 'device' ? options.storage : mode === 'tab' ? (options.tabStorage ?? null) : null;

  function addNotice(notice: StoreNotice) {
    if (!notices.some((n) => JSON.stringify(n) === JSON.stringify(notice))) notices.push(notice);
  }

  function degrade(reason: 'unavailable' | 'full') {
    mode = mode === 'device' && options.tabStorage ? 'tab' : 'memory';
    addNotice({ kind: 'tab-only', reason });
  }

  function read(): ReportsRecord {
    if (mode === 'memory') return memory ?? emptyReportsRecord();
    const storage = activeStorage()!;
    let raw: string | null;
    try {
      raw = storage.getItem(REPORTS_KEY);
    } catch {
      degrade('unavailable');
      return read();
    }
    if (raw === null) return memory && mode !== 'device' ? memory : emptyReportsRecord();
    const parsed = readRecord(raw);
    if (parsed.ok) return parsed.record;
    // Keep the unreadable text under its own key before anything else is written.
    const backupKey = `${REPORTS_BACKUP_PREFIX}${now().toISOString()}`;
    try {
      storage.setItem(backupKey, raw);
      storage.removeItem(REPORTS_KEY);
      addNotice({ kind: 'recovered', backupKey, reason: parsed.reason });
      return emptyReportsRecord();
    } catch {
      // No room for the copy: leave the original untouched and work in this tab.
      addNotice({ kind: 'recovered-unsaved', reason: parsed.reason });
      mode = 'memory';
      memory = emptyReportsRecord();
      addNotice({ kind: 'tab-only', reason: 'full' });
      return memory;
    }
  }

  function write(record: ReportsRecord): void {
    if (mode === 'memory') {
      memory = record;
      return;
    }
    const storage = activeStorage()!;
    try {
      storage.setItem(REPORTS_KEY, JSON.stringify(record));
      if (mode === 'tab') memory = record;
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      degrade(/quota/i.test(name) || /quota/i.test(String(error)) ? 'full' : 'unavailable');
      write(record);
    }
  }

  const snapshot = (record: ReportsRecord): ReportStoreState => ({ record, mode, notices: [...notices] });

  return {
    /** The validated record, the storage mode and any notices to show. */
    load(): ReportStoreState {
      return snapshot(read());
    },

    /** Applies `change` to the freshest record (another tab may have saved) and saves it. */
    update(change: (record: ReportsRecord) => ReportsRecord): ReportStoreState {
      const next = change(structuredClone(read()));
      write(next);
      return snapshot(next);
    },

    /** Unreadable records kept aside, oldest first. */
    backups(): Array<{ key: string; text: string }> {
      const storage = options.storage;
      if (!storage) return [];
      const out: Array<{ key: string; text: string }> = [];
      try {
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key?.startsWith(REPORTS_BACKUP_PREFIX)) out.push({ key, text: storage.getItem(key) ?? '' });
        }
      } catch {
        return [];
      }
      return out.sort((a, b) => a.key.localeCompare(b.key));
    },

    get mode(): StoreMode {
      return mode;
    },
  };
}
export type ReportStore = ReturnType<typeof createReportStore>;
