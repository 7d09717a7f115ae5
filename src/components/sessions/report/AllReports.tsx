/**
 * Every session kept in this browser, across plans: the programme totals, the CSV of all
 * sessions, the backup file a coordinator loads on /reports/, and importing such a file.
 */
import { useState } from 'react';
import { formatGain, type programmeTotals } from '../../../lib/sessions/report.ts';
import type { ReportTranslate } from './strings.ts';

/** What an import did, in words for the trainer. */
export interface ImportOutcome {
  message?: string;
  error?: string;
}

interface Props {
  s: ReportTranslate;
  totals: ReturnType<typeof programmeTotals>;
  hasReports: boolean;
  onCsv: () => void;
  onExport: () => void;
  onImport: (text: string) => ImportOutcome;
}

export default function AllReports({ s, totals, hasReports, onCsv, onExport, onImport }: Props) {
  const [outcome, setOutcome] = useState<ImportOutcome>({});
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setOutcome({});
    if (!file) return;
    const text = await file.text();
    input.value = '';
    setOutcome(onImport(text));
  };
  return (
    <section className="report-all no-print" aria-labelledby="report-all-title">
      <h2 id="report-all-title">{s('report.all')}</h2>
      <p>{s('report.allIntro')}</p>
      <ul data-programme-totals>
        <li>{s('report.allSessions', { n: totals.sessionsHeld })}</li>
        <li>{s('report.allAttendances', { n: totals.attendances })}</li>
        {totals.gain !== null && (
          <li>{s('report.allGain', { n: totals.sessionsWithGain, pre: totals.prePercent!, post: totals.postPercent!, gain: formatGain(totals.gain) })}</li>
        )}
      </ul>
      <p className="button-row">
        <button type="button" className="button--quiet" onClick={onCsv} disabled={!hasReports} data-csv-all>
          {s('report.csvAll')}
        </button>
        <button type="button" className="button--quiet" onClick={onExport} disabled={!hasReports} data-export>
          {s('report.export')}
        </button>
      </p>
      <div className="field">
        <label htmlFor="report-import">{s('report.import')}</label>
        <p id="report-import-hint" className="hint">{s('report.importHint')}</p>
        <input id="report-import" type="file" accept="application/json,.json" aria-describedby="report-import-hint" onChange={(event) => void choose(event.currentTarget)} />
      </div>
      <p role="status">{outcome.message ?? ''}</p>
      <p role="alert" className="import-error">{outcome.error ?? ''}</p>
    </section>
  );
}
