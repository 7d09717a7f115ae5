/**
 * The one-page programme summary, in the programmes' own wording ("tổ chức N buổi tại X thôn,
 * Y trường, thu hút Z lượt người tham gia"), shown on screen and printed alone on A4; and the
 * same figures as a CSV file.
 */
import FigureTable from '../FigureTable.tsx';
import type { Figures, GroupRow } from '../../lib/reports/figures.ts';
import type { QuestionRow } from '../../lib/reports/questions.ts';
import { formatCount, placeParts } from '../../lib/reports/summary.ts';
import { formatGain } from '../../lib/sessions/report.ts';
import type { ReportsTranslate } from './strings.ts';

interface Props {
  s: ReportsTranslate;
  locale: string;
  /** The period as the summary sentence opens with it ("Trong năm 2026"). */
  when: string;
  scope: string;
  figures: Figures;
  trainers: readonly GroupRow[];
  /** The questions to teach again first (lowest end-of-session result). */
  reteach: readonly QuestionRow[];
  testTitle: (slug: string) => string;
  questionText: (row: QuestionRow) => string | null;
  /** Reports loaded in all, today's date in words, undated reports left out of the period, issues named. */
  reportCount: number;
  today: string;
  undatedOut: number;
  issueCount: number;
  onCsv: () => void;
}

export default function PrintSummary(props: Props) {
  const { s, locale, when, scope, figures, trainers, reteach, testTitle, questionText } = props;
  const n = (value: number) => formatCount(value, locale);
  const { totals } = figures;
  const parts = placeParts(figures.places).map((part) => s(`reports.summary.place.${part.type}` as const, { n: n(part.n) }));
  const places = parts.length > 1 ? `${parts.slice(0, -1).join(', ')}${s('reports.summary.and')}${parts.at(-1)}` : (parts[0] ?? '');
  const values = { when, sessions: n(figures.sessions), attendances: n(totals.attendances), places };
  return (
    <section className="rollup-summary" aria-labelledby="rollup-summary-title" data-rollup-summary>
      <h2 id="rollup-summary-title" className="no-print">{s('reports.summary.title')}</h2>
      <div className="rollup-summary__page">
        <h2 className="rollup-summary__heading">{s('reports.summary.heading')}</h2>
        <p>{s('reports.summary.scope', { scope })}</p>
        <p className="rollup-summary__sentence" data-summary-sentence>
          {parts.length > 0 ? s('reports.summary.sentence', values) : s('reports.summary.sentenceNoPlace', values)}{' '}
          {figures.sessions > 0 && s('reports.summary.sex', { female: n(totals.female), male: n(totals.male) })}
        </p>
        {figures.ethnicCounted.sessions > 0 && <p>{s('reports.summary.ethnic', { n: n(totals.ethnicMinority), sessions: figures.ethnicCounted.sessions })}</p>}
        {totals.gain !== null && (
          <p data-summary-gain>{s('reports.summary.gain', { n: totals.sessionsWithGain, pre: totals.prePercent!, post: totals.postPercent!, gain: formatGain(totals.gain) })}</p>
        )}
        {trainers.length > 0 && (
          <FigureTable
            className="report-table rollup-summary__table"
            caption={s('reports.summary.trainers')}
            columns={[s('reports.col.trainer'), s('reports.col.sessions'), s('reports.col.attendances'), s('reports.col.gain')]}
            rows={trainers.map((row) => ({
              key: row.key,
              head: row.label || s('reports.noTrainer'),
              cells: [row.figures.sessions, n(row.figures.totals.attendances), formatGain(row.figures.totals.gain)],
            }))}
          />
        )}
        {reteach.length > 0 && (
          <>
            <h3>{s('reports.summary.reteach')}</h3>
            <ol>
              {reteach.map((row) => (
                <li key={`${row.test.slug}@${row.test.version}#${row.question}`}>
                  {s('reports.summary.reteachLine', { test: testTitle(row.test.slug), n: row.number, text: questionText(row) ?? row.question, post: row.post?.percent ?? '–' })}
                </li>
              ))}
            </ol>
          </>
        )}
        <p className="rollup-summary__basis">
          {s('reports.summary.basis', { reports: n(props.reportCount), date: props.today })}{' '}
          {props.undatedOut > 0 && s('reports.summary.undated', { n: props.undatedOut })}{' '}
          {props.issueCount > 0 && s('reports.summary.issues', { n: props.issueCount })}
        </p>
      </div>
      <p className="button-row no-print">
        <button type="button" onClick={() => window.print()} data-print-summary>
          {s('reports.summary.print')}
        </button>
        <button type="button" className="button--quiet" onClick={props.onCsv} data-rollup-csv>
          {s('reports.summary.csv')}
        </button>
      </p>
    </section>
  );
}
