/**
 * Per-question results over the chosen sessions, lowest end-of-session result first: what the
 * trainer group should teach again. Keyed by test, test edition and question.
 */
import FigureTable from '../FigureTable.tsx';
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
          <FigureTable
            caption={s('reports.questions.caption')}
            columns={[s('reports.col.question'), s('reports.col.pre'), s('reports.col.post'), s('reports.col.gain'), s('reports.col.sessions')]}
            rows={rows.map((row) => {
              const key = `${row.test.slug}@${row.test.version}#${row.question}`;
              return {
                key,
                attrs: { 'data-question-row': key },
                head: (
                  <>
                    {s('reports.questions.number', { n: row.number })}
                    <span className="rollup-test-label">{testLabel(row)}</span>
                    <span className="question-text">{questionText(row) ?? s('reports.questions.unknownText')}</span>
                  </>
                ),
                cells: [cell(row.pre), cell(row.post), formatGain(row.gain), row.sessions],
              };
            })}
          />
        </div>
      )}
    </section>
  );
}
