/** One session's results as the programme reports them: headcount, figures left out, per-question chart and table. */
import { ageGroupsShown } from '../../../lib/sessions/audience.ts';
import { chartedQuestions, formatGain, type LeftOut } from '../../../lib/sessions/report.ts';
import BarChart from '../../BarChart.tsx';
import FigureTable from '../../FigureTable.tsx';
import type { ReportTranslate } from './strings.ts';
import type { SessionView } from './view.ts';

interface Props {
  s: ReportTranslate;
  view: SessionView;
  leftOut: LeftOut[];
  describeLeftOut: (item: LeftOut) => string;
  /** Results entered for an older edition of a test (see `editionChanges`), one sentence each. */
  editionNotes: string[];
  placeText: string;
  onCsv: () => void;
}

type Result = { percent: number | null; correct: number; total: number; leftOut?: boolean } | null | undefined;

export default function ReportResults({ s, view, leftOut, describeLeftOut, editionNotes, placeText, onCsv }: Props) {
  const { report, audience, pre, post, headcount, comparison, dateText } = view;
  const bothTests = comparison.pre?.percent != null && comparison.post?.percent != null;
  const questionTexts = Object.fromEntries([...(pre?.questions ?? []), ...(post?.questions ?? [])].map((q) => [q.id, q.prompt]));
  const percentCell = (result: Result) =>
    result?.leftOut ? s('report.leftOutCell') : result && result.percent !== null ? `${result.percent}% (${result.correct}/${result.total})` : '–';
  return (
    <section className="report-results" aria-labelledby="report-results-title" data-report-results>
      <h2 id="report-results-title">{s('report.results')}</h2>
      <p>{s('report.printMeta', { date: dateText, place: placeText })}</p>
      <ul className="report-headcount">
        <li>{s('report.total', { n: headcount.total })}</li>
        <li>{s('report.summarySex', { female: headcount.female, male: headcount.male })}</li>
        {headcount.age && (
          <li data-summary-age>
            {ageGroupsShown(audience, headcount.age).map((group) => `${s(`report.age.${group}`)}: ${headcount.age![group]}`).join(' · ')}
          </li>
        )}
        {headcount.ethnicMinority !== null && <li>{s('report.summaryEthnic', { n: headcount.ethnicMinority })}</li>}
      </ul>
      {leftOut.length > 0 && (
        <div className="report-left-out" data-left-out>
          <h3>{s('report.leftOutTitle')}</h3>
          <ul>
            {leftOut.map((item, index) => (
              <li key={index}>{describeLeftOut(item)}</li>
            ))}
          </ul>
        </div>
      )}
      {editionNotes.map((note) => (
        <p key={note} className="notice" data-edition-note>
          {note}
        </p>
      ))}
      {report.notes.trim() && <p className="report-notes-print">{report.notes}</p>}
      <p className="report-overall" data-overall>
        <strong>
          {bothTests
            ? s('report.overall', { pre: comparison.pre!.percent!, post: comparison.post!.percent!, gain: formatGain(comparison.gain) })
            : comparison.pre?.percent == null && comparison.post?.percent == null
              ? s('report.resultsEmpty')
              : s('report.overallPartial')}
        </strong>
      </p>
      {(pre || post) && (
        <div className="report-chart-table">
          {bothTests && (
            <BarChart
              title={s('report.chartTitle')}
              description={s('report.chartDesc')}
              series={[
                { label: s('report.col.pre'), className: 'bar-a' },
                { label: s('report.col.post'), className: 'bar-b' },
              ]}
              groups={chartedQuestions(comparison).map((q) => ({ label: s('report.questionNumber', { n: q.number }), values: [q.pre?.percent ?? 0, q.post?.percent ?? 0] }))}
              max={100}
              unit="%"
            />
          )}
          <FigureTable
            attrs={{ 'data-report-table': '' }}
            caption={s('report.tableCaption')}
            columns={[s('report.col.question'), s('report.col.pre'), s('report.col.post'), s('report.col.gain')]}
            rows={comparison.questions.map((q) => ({
              key: q.id,
              attrs: { 'data-question': q.id },
              head: (
                <>
                  {s('report.questionNumber', { n: q.number })}
                  <span className="question-text">{questionTexts[q.id]}</span>
                </>
              ),
              cells: [percentCell(q.pre), percentCell(q.post), { value: formatGain(q.gain), attrs: { 'data-gain': true } }],
            }))}
            foot={{
              key: 'all',
              head: s('report.allQuestions'),
              cells: [percentCell(comparison.pre), percentCell(comparison.post), { value: formatGain(comparison.gain), attrs: { 'data-gain-overall': true } }],
            }}
          />
        </div>
      )}
      <div className="report-actions no-print">
        <h3>{s('report.actions')}</h3>
        <p className="button-row">
          <button type="button" onClick={() => window.print()}>
            {s('report.print')}
          </button>
          <button type="button" className="button--quiet" onClick={onCsv} data-csv-session>
            {s('report.csvSession')}
          </button>
        </p>
      </div>
    </section>
  );
}
