/**
 * Loading files into the roll-up: reports are merged without duplicates — the same report id
 * is the same session, and the newer copy (by when it was last changed) wins, whichever file
 * it came from and in whatever order the files were chosen. Answer keys and hand-made place
 * merges are added once each.
 */
import { applyReportsImport, planReportsImport, testKeyId, type SkippedReport } from '../sessions/records.ts';
import { REPORTS_VERSION } from '../sessions/schema.ts';
import type { FileProblem, FileReading } from './files.ts';
import type { PlaceMerge, RollupRecord } from './schema.ts';

/** What loading one readable file did. */
export interface FileOutcome {
  name: string;
  kind: 'reports' | 'rollup';
  /** Reports new to the roll-up. */
  added: number;
  /** Reports the roll-up had, replaced by a newer copy. */
  updated: number;
  /** Reports the roll-up already had, the same or newer. */
  kept: number;
  skipped: SkippedReport[];
}

export interface LoadOutcome {
  loaded: FileOutcome[];
  /** Files skipped whole, with why. */
  bad: Array<{ name: string; problem: FileProblem }>;
}

const sameMerge = (a: PlaceMerge, b: PlaceMerge) => a.type === b.type && a.from === b.from && a.into === b.into;

/** Adds every readable file, one after the other, to the roll-up; bad files change nothing. */
export function loadFiles(record: RollupRecord, readings: readonly FileReading[], now: Date): { record: RollupRecord; outcome: LoadOutcome } {
  let next: RollupRecord = record;
  const outcome: LoadOutcome = { loaded: [], bad: [] };
  for (const reading of readings) {
    if (!reading.ok) {
      outcome.bad.push({ name: reading.name, problem: reading.problem });
      continue;
    }
    const { file } = reading;
    const plan = planReportsImport({ version: REPORTS_VERSION, reports: next.reports }, file.reports);
    const reports = applyReportsImport({ version: REPORTS_VERSION, reports: next.reports }, plan).reports;
    const knownKeys = new Set(next.tests.map(testKeyId));
    const tests = [...next.tests];
    for (const key of file.tests) {
      if (knownKeys.has(testKeyId(key))) continue;
      knownKeys.add(testKeyId(key));
      tests.push(key);
    }
    const placeMerges = [...next.placeMerges];
    for (const merge of file.placeMerges) if (!placeMerges.some((m) => sameMerge(m, merge))) placeMerges.push(merge);
    next = {
      ...next,
      reports,
      tests,
      placeMerges,
      files: [...next.files, { name: file.name.slice(0, 255), loadedAt: now.toISOString(), reports: file.reports.length }],
    };
    outcome.loaded.push({ name: file.name, kind: file.kind, added: plan.add.length, updated: plan.update.length, kept: plan.kept, skipped: file.skipped });
  }
  return { record: next, outcome };
}
