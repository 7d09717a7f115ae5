/**
 * The files a coordinator loads: trainers' report files (as the session report page exports
 * them, any format up to the current one) and roll-up files (this page's own export, to move a
 * roll-up to another computer). A file that cannot be read is named with the reason and
 * skipped; a report inside a readable file that does not read is skipped and named alone.
 */
import * as z from 'zod/mini';
import { safeParse } from 'zod/v4/core';
import { readReportsFile, REPORTS_EXPORT_FORMAT, type SkippedReport } from '../sessions/records.ts';
import type { SessionReport, TestKey } from '../sessions/schema.ts';
import { ROLLUP_VERSION, type PlaceMerge, type RollupRecord } from './schema.ts';
import { parseRollup } from './store.ts';

export const ROLLUP_EXPORT_FORMAT = 'vung-buoc-programme-rollup';

/** Largest file read (a year of a big trainer group is a few megabytes). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** What a readable file holds. */
export interface ReadFile {
  name: string;
  kind: 'reports' | 'rollup';
  reports: SessionReport[];
  tests: TestKey[];
  placeMerges: PlaceMerge[];
  /** Reports in the file that could not be read. */
  skipped: SkippedReport[];
}

/** Why a whole file was skipped. */
export type FileProblem =
  | { kind: 'empty' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'not-json' }
  /** JSON, but neither a report file nor a roll-up. */
  | { kind: 'not-reports' }
  /** Made by a newer version of the site than this one. */
  | { kind: 'newer'; version: number }
  /** A roll-up file that does not read (the first wrong field). */
  | { kind: 'damaged'; field: string };

export type FileReading = { ok: true; file: ReadFile } | { ok: false; name: string; problem: FileProblem };

const envelopeSchema = z.object({ format: z.string(), version: z.number() });

/** Reads one loaded file's text. `bytes` is the file's size, checked before its text is read. */
export function readLoadedFile(name: string, text: string, bytes: number = text.length): FileReading {
  if (bytes > MAX_FILE_BYTES) return { ok: false, name, problem: { kind: 'too-large', bytes } };
  if (text.trim() === '') return { ok: false, name, problem: { kind: 'empty' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, name, problem: { kind: 'not-json' } };
  }
  const envelope = safeParse(envelopeSchema, data);
  if (envelope.success && envelope.data.format === ROLLUP_EXPORT_FORMAT) return readRollupFile(name, data);
  // A kept copy of a stored roll-up (downloaded from the page) has no format field: read it as a roll-up.
  if (data && typeof data === 'object' && !('format' in data) && 'reportsFormat' in data) return readRollupFile(name, data);
  if (!envelope.success || envelope.data.format !== REPORTS_EXPORT_FORMAT) return { ok: false, name, problem: { kind: 'not-reports' } };
  const reading = readReportsFile(text);
  if (!reading.ok) return { ok: false, name, problem: reading.problem };
  return { ok: true, file: { name, kind: 'reports', reports: reading.reports, tests: reading.tests, placeMerges: [], skipped: reading.skipped } };
}

function readRollupFile(name: string, data: unknown): FileReading {
  const { format: _format, exportedAt: _exportedAt, ...record } = data as Record<string, unknown>;
  const version = record.version;
  if (typeof version === 'number' && version > ROLLUP_VERSION) return { ok: false, name, problem: { kind: 'newer', version } };
  const parsed = parseRollup(JSON.stringify(record));
  if (!parsed.ok) {
    if (parsed.problem === 'newer') return { ok: false, name, problem: { kind: 'newer', version: Number(version) } };
    return { ok: false, name, problem: { kind: 'damaged', field: parsed.reason.replace(/^invalid at /, '') } };
  }
  const { reports, tests, placeMerges } = parsed.record;
  return { ok: true, file: { name, kind: 'rollup', reports, tests, placeMerges, skipped: [] } };
}

/** The roll-up as a file, to keep or to move to another computer (loaded back through the same file input). */
export function exportRollup(record: RollupRecord, now: Date): string {
  return `${JSON.stringify({ format: ROLLUP_EXPORT_FORMAT, exportedAt: now.toISOString(), ...record }, null, 2)}\n`;
}
