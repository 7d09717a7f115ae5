/** The rows every benchmark section returns, and how `npm run bench` prints them. */

/** One measured number. Benchmarks print; they never pass or fail on time. */
export interface Row {
  /** Section name, e.g. `search`. */
  section: string;
  /** What was measured, e.g. `index vi (repo) gz`. */
  metric: string;
  /** The measurement with its unit, e.g. `64.7 KB`. */
  value: string;
  /** The budget to aim for, if there is one, e.g. `≤ 150 KB`. */
  budget?: string;
  /** Anything a reader needs to read the number right. */
  note?: string;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (millis: number) => `${millis < 10 ? millis.toFixed(2) : millis.toFixed(0)} ms`;

/** The value at quantile `q` (0–1) of some samples (nearest rank). */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** A plain-text table, columns padded to their widest cell. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['section', 'metric', 'value', 'budget', 'note'];
  const cells = rows.map((r) => [r.section, r.metric, r.value, r.budget ?? '', r.note ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
