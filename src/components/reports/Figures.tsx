/**
 * The roll-up's figures for the chosen scope: sessions, places, attendances by sex, age group
 * and ethnic minority, the pooled gain; reports without a date counted apart; every figure left
 * out, named with its report; sessions per month as a chart with its table.
 */
import FigureTable from '../FigureTable.tsx';
import type { Figures as RollupFigures, Issue } from '../../lib/reports/figures.ts';
import { formatCount } from '../../lib/reports/summary.ts';
import { formatGain } from '../../lib/sessions/report.ts';
import { AGE_GROUPS, PLACE_TYPES } from '../../lib/sessions/schema.ts';
import BarChart from '../BarChart.tsx';
import { issueText, placeTypeLabel, refText } from './describe.ts';
import type { ReportsTranslate } from './strings.ts';

interface Props {
  s: ReportsTranslate;
  locale: string;
  scope: string;
  figures: RollupFigures;
  /** Reports of the chosen trainer and plan without a date, and whether they are in the figures (all time). */
  undated: { n: number; counted: boolean };
  issues: readonly Issue[];
  months: ReadonlyArray<{ month: string; sessions: number }>;
  testTitle: (slug: string) => string;
}

export default function Figures({ s, locale, scope, figures, undated, issues, months, testTitle }: Props) {
  const n = (value: number) => formatCount(value, locale);
  const { totals } = figures;
  const monthLabel = (month: string) => s('reports.chart.month', { month: month.slice(5, 7), year: month.slice(0, 4) });
  return (
    <section className="rollup-figures" aria-labelledby="rollup-figures-title" data-rollup-figures>
      <h2 id="rollup-figures-title">{s('reports.figures.title')}</h2>
      <p data-rollup-scope>{s('reports.figures.scope', { scope })}</p>
      {undated.n > 0 && (
        <p className="notice-inline" data-undated>
          {undated.counted ? s('reports.figures.undatedIn', { n: undated.n }) : s('reports.figures.undatedOut', { n: undated.n })}
        </p>
      )}
      {figures.sessions === 0 ? (
        <p>{s('reports.figures.empty')}</p>
      ) : (
        <>
          <ul className="rollup-headline" data-rollup-totals>
            <li data-figure="sessions"><strong>{s('reports.figures.sessions', { n: n(figures.sessions) })}</strong></li>
            <li data-figure="attendances"><strong>{s('reports.figures.attendances', { n: n(totals.attendances) })}</strong></li>
            <li data-figure="sex">{s('reports.figures.sex', { female: n(totals.female), male: n(totals.male) })}</li>
            {figures.ethnicCounted.sessions > 0 && (
              <li data-figure="ethnic">
                {s('reports.figures.ethnic', { n: n(totals.ethnicMinority) })} —{' '}
                <span className="hint">{s('reports.figures.ethnicBasis', { sessions: figures.ethnicCounted.sessions, attendances: n(figures.ethnicCounted.attendances) })}</span>
              </li>
            )}
            <li data-figure="gain">
              {totals.gain === null
                ? s('reports.figures.noGain')
                : s('reports.figures.gain', { pre: totals.prePercent!, post: totals.postPercent!, gain: formatGain(totals.gain), n: totals.sessionsWithGain })}
            </li>
          </ul>
          <h3>{s('reports.figures.places')}</h3>
          <ul className="rollup-places-count" data-rollup-places>
            {PLACE_TYPES.map((type) => (
              <li key={type} data-place-count={type}>{s('reports.figures.placeLine', { type: placeTypeLabel(s, type), n: n(figures.places[type]) })}</li>
            ))}
          </ul>
          {figures.noPlace > 0 && <p className="hint">{s('reports.figures.noPlace', { n: figures.noPlace })}</p>}
          {figures.olderFormat > 0 && <p className="hint" data-older>{s('reports.figures.older', { n: figures.olderFormat })}</p>}
          {figures.noTrainer > 0 && <p className="hint">{s('reports.figures.noTrainer', { n: figures.noTrainer })}</p>}
          {figures.ageCounted.sessions > 0 && (
            <table className="report-table rollup-age" data-rollup-age aria-describedby="rollup-age-basis">
              <caption>{s('reports.figures.byAge')}</caption>
              <tbody>
                {AGE_GROUPS.map((group) => (
                  <tr key={group}>
                    <th scope="row">{s(`reports.age.${group}` as const)}</th>
                    <td className="num">{n(totals.age[group])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {figures.ageCounted.sessions > 0 && (
            <p id="rollup-age-basis" className="hint">{s('reports.figures.ageBasis', { attendances: n(figures.ageCounted.attendances), sessions: figures.ageCounted.sessions })}</p>
          )}
          {issues.length > 0 && (
            <div className="report-left-out" data-rollup-issues>
              <h3>{s('reports.issues.title')}</h3>
              <ul>
                {issues.map((issue, index) => (
                  <li key={index} data-issue={issue.kind}>
                    <strong>{refText(s, issue.report, locale)}</strong>: {issueText(s, issue, testTitle)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {months.length > 0 && (
            <div className="report-chart-table">
              <BarChart
                title={s('reports.chart.monthTitle')}
                description={s('reports.chart.monthDesc')}
                series={[{ label: s('reports.col.sessions'), className: 'bar-b' }]}
                groups={months.map((m) => ({ label: monthLabel(m.month), values: [m.sessions] }))}
                max={Math.max(1, ...months.map((m) => m.sessions))}
              />
              <FigureTable
                attrs={{ 'data-rollup-months': '' }}
                caption={s('reports.chart.monthCaption')}
                columns={[s('reports.col.month'), s('reports.col.sessions')]}
                rows={months.map((m) => ({ key: m.month, head: monthLabel(m.month), cells: [m.sessions] }))}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}
