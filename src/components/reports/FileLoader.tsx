/**
 * Choosing trainers' report files (several at once), what loading them did, the files the
 * roll-up rests on, and keeping or deleting the roll-up. A bad file is named with its reason;
 * the others load.
 */
import { useState } from 'react';
import { readLoadedFile, MAX_FILE_BYTES, type FileReading } from '../../lib/reports/files.ts';
import type { LoadOutcome } from '../../lib/reports/merge.ts';
import type { LoadedFile } from '../../lib/reports/schema.ts';
import { problemText } from './describe.ts';
import type { ReportsTranslate } from './strings.ts';

interface Props {
  s: ReportsTranslate;
  locale: string;
  files: readonly LoadedFile[];
  reportCount: number;
  /** Adds the readable files to the roll-up; returns what it did (null when the change was refused). */
  onLoad: (readings: FileReading[]) => LoadOutcome | null;
  onExport: () => void;
  onClear: () => void;
}

/** A file's text, unless it is too large to read (then an empty text and its size says why). */
async function readFile(file: File): Promise<FileReading> {
  if (file.size > MAX_FILE_BYTES) return readLoadedFile(file.name, '', file.size);
  try {
    return readLoadedFile(file.name, await file.text(), file.size);
  } catch {
    return { ok: false, name: file.name, problem: { kind: 'not-json' } };
  }
}

export default function FileLoader({ s, locale, files, reportCount, onLoad, onExport, onClear }: Props) {
  const [status, setStatus] = useState('');
  const [outcome, setOutcome] = useState<LoadOutcome | null>(null);

  const load = async (input: HTMLInputElement) => {
    const chosen = [...(input.files ?? [])];
    if (chosen.length === 0) return;
    setStatus(s('reports.load.reading', { n: chosen.length }));
    setOutcome(null);
    const readings = await Promise.all(chosen.map(readFile));
    input.value = '';
    const result = onLoad(readings);
    setOutcome(result);
    if (!result) {
      setStatus('');
      return;
    }
    const sum = (key: 'added' | 'updated' | 'kept') => result.loaded.reduce((total, file) => total + file[key], 0);
    setStatus(s('reports.load.done', { files: result.loaded.length, added: sum('added'), updated: sum('updated'), kept: sum('kept') }));
  };

  const skipped = outcome?.loaded.flatMap((file) => file.skipped.map((report) => ({ name: file.name, ...report }))) ?? [];
  const loadedAt = (at: string) => new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(at));

  return (
    <section className="rollup-load no-print" aria-labelledby="rollup-load-title" data-rollup-load>
      <h2 id="rollup-load-title">{s('reports.load.title')}</h2>
      <div className="field">
        <label htmlFor="rollup-files">{s('reports.load.label')}</label>
        <p id="rollup-files-hint" className="hint">{s('reports.load.hint')}</p>
        <input id="rollup-files" type="file" multiple accept="application/json,.json" aria-describedby="rollup-files-hint" onChange={(event) => void load(event.currentTarget)} />
      </div>
      <p role="status" data-load-status>{status}</p>
      <div role="alert" className="rollup-bad" data-load-problems>
        {outcome && outcome.bad.length > 0 && (
          <>
            <h3>{s('reports.load.badTitle')}</h3>
            <ul>
              {outcome.bad.map((bad, index) => (
                <li key={index} data-bad-file={bad.name}>{problemText(s, bad.name, bad.problem)}</li>
              ))}
            </ul>
          </>
        )}
        {skipped.length > 0 && (
          <>
            <h3>{s('reports.load.skippedTitle')}</h3>
            <ul>
              {skipped.map((report, index) => (
                <li key={index} data-skipped-report>{s('reports.load.skipped', { name: report.name, number: report.number, field: report.field })}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p data-rollup-kept>{files.length === 0 ? s('reports.load.keptNone') : s('reports.load.kept', { reports: reportCount, files: files.length })}</p>
      {files.length > 0 && (
        <details>
          <summary>{s('reports.load.files')}</summary>
          <ul>
            {files.map((file, index) => (
              <li key={index}>{s('reports.load.fileLine', { name: file.name, n: file.reports, at: loadedAt(file.loadedAt) })}</li>
            ))}
          </ul>
        </details>
      )}
      <p className="hint">{s('reports.load.exportHint')}</p>
      <p className="button-row">
        <button type="button" className="button--quiet" onClick={onExport} disabled={reportCount === 0} data-rollup-export>
          {s('reports.load.export')}
        </button>
        <button type="button" className="button--quiet" onClick={onClear} disabled={files.length === 0 && reportCount === 0}>
          {s('reports.load.clear')}
        </button>
      </p>
    </section>
  );
}
