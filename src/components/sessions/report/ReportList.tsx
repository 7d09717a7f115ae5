/** The reports of this plan kept in this browser: open, delete, start a new one. */
import type { Ref } from 'react';
import { headcountSummary } from '../../../lib/sessions/report.ts';
import type { SessionReport as Report } from '../../../lib/sessions/schema.ts';
import type { ReportTranslate } from './strings.ts';

interface Props {
  s: ReportTranslate;
  reports: readonly Report[];
  currentId: string | null;
  dateText: (report: Report) => string;
  placeText: (report: Report) => string;
  onOpen: (id: string) => void;
  onDelete: (report: Report) => void;
  onCreate: () => void;
  message: string;
  /** The list's heading, where the cursor goes after a report is deleted. */
  headingRef?: Ref<HTMLHeadingElement>;
}

export default function ReportList({ s, reports, currentId, dateText, placeText, onOpen, onDelete, onCreate, message, headingRef }: Props) {
  return (
    <section className="report-kept no-print" aria-labelledby="report-kept-title">
      <h2 id="report-kept-title" tabIndex={-1} ref={headingRef}>{s('report.kept')}</h2>
      {reports.length === 0 ? (
        <p>{s('report.keptNone')}</p>
      ) : (
        <ul className="report-list">
          {reports.map((report) => (
            <li key={report.id} data-report={report.id} aria-current={report.id === currentId ? 'true' : undefined}>
              <span className="report-list__name">
                {s('report.keptLine', { date: dateText(report), place: placeText(report), n: headcountSummary(report.headcount).total })}
              </span>
              {report.id === currentId ? (
                <span className="tag">{s('report.opened')}</span>
              ) : (
                <button type="button" className="button--quiet button--small" onClick={() => onOpen(report.id)}>
                  {s('report.open')}
                  <span className="visually-hidden">: {dateText(report)} — {placeText(report)}</span>
                </button>
              )}
              <button type="button" className="button--quiet button--small" onClick={() => onDelete(report)}>
                {s('report.delete')}
                <span className="visually-hidden">: {dateText(report)} — {placeText(report)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" onClick={onCreate} data-new-report>
          {s('report.new')}
        </button>
      </p>
      <p role="status">{message}</p>
    </section>
  );
}
