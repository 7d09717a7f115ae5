/**
 * Per-question results over the chosen sessions, lowest end-of-session result first: what the
 * trainer group should teach again. Keyed by test, test edition and question.
 */
import type { Pooled, QuestionRow } from '../../lib/reports/questions.ts';
import { formatGain } from '../../lib/sessions/report.ts';
import type { ReportsTranslate } from './strings.ts';

interface Props {
  s: ReportsTranslate;
  rows: readonly QuestionRow[];
  /** "Title (edition 2)". */
  testLabel: (row: QuestionRow) => string;
  /** The question's text, or null when this copy of the site does not have that edition. */
  questionText: (row: QuestionRow) => string | null;
}

const cell = (pooled: Pooled | null) => (pooled && pooled.percent !== null ? `${pooled.percent}% (${pooled.correct}/${pooled.total})` : '–');

export default function QuestionTable({ s, rows, testLabel, questionText }: Props) {
  return (
    <section className="rollup-questions" aria-labelledby="rollup-questions-title" data-rollup-questions>
      <h2 id="rollup-questions-title">{s('reports.questions.title')}</h2>
      <p className="hint">{s('reports.questions.intro')}</p>
      {rows.length === 0 ? (
        <p>{s('reports.questions.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="report-table">
            <caption>{s('reports.questions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{s('reports.col.question')}</th>
                <th scope="col">{s('reports.col.pre')}</th>
                <th scope="col">{s('reports.col.post')}</th>
                <th scope="col">{s('reports.col.gain')}</th>
                <th scope="col">{s('reports.col.sessions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.test.slug}@${row.test.version}#${row.question}`} data-question-row={`${row.test.slug}@${row.test.version}#${row.question}`}>
                  <th scope="row">
                    {s('reports.questions.number', { n: row.number })}
                    <span className="rollup-test-label">{testLabel(row)}</span>
                    <span className="question-text">{questionText(row) ?? s('reports.questions.unknownText')}</span>
                  </th>
                  <td className="num">{cell(row.pre)}</td>
                  <td className="num">{cell(row.post)}</td>
                  <td className="num">{formatGain(row.gain)}</td>
                  <td className="num">{row.sessions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
