/**
 * The figures per trainer and per session plan, each row the same figures as the whole; the
 * right answers at the start and end per plan as a chart, beside its table.
 */
import FigureTable from '../FigureTable.tsx';
import type { GroupRow } from '../../lib/reports/figures.ts';
import { formatCount } from '../../lib/reports/summary.ts';
import { formatGain } from '../../lib/sessions/report.ts';
import BarChart from '../BarChart.tsx';
import type { ReportsTranslate } from './strings.ts';

interface Props {
  s: ReportsTranslate;
  locale: string;
  trainers: readonly GroupRow[];
  plans: readonly GroupRow[];
}

const percent = (value: number | null) => (value === null ? '–' : `${value}%`);

function GroupTable({ s, locale, rows, which }: { s: ReportsTranslate; locale: string; rows: readonly GroupRow[]; which: 'trainer' | 'plan' }) {
  return (
    <div className="table-scroll">
      <FigureTable
        attrs={{ 'data-group-table': which }}
        caption={s(which === 'trainer' ? 'reports.groups.trainerCaption' : 'reports.groups.planCaption')}
        columns={[
          s(which === 'trainer' ? 'reports.col.trainer' : 'reports.col.plan'), s('reports.col.sessions'), s('reports.place.village'), s('reports.place.school'),
          s('reports.place.ward'), s('reports.col.attendances'), s('reports.col.pre'), s('reports.col.post'), s('reports.col.gain'),
        ]}
        rows={rows.map((row) => ({
          key: row.key,
          attrs: { 'data-group-row': row.key },
          head: row.label || s('reports.noTrainer'),
          cells: [
            row.figures.sessions, row.figures.places.village, row.figures.places.school, row.figures.places.ward,
            formatCount(row.figures.totals.attendances, locale), percent(row.figures.totals.prePercent), percent(row.figures.totals.postPercent), formatGain(row.figures.totals.gain),
          ],
        }))}
      />
    </div>
  );
}

export default function GroupTables({ s, locale, trainers, plans }: Props) {
  if (trainers.length === 0) return null;
  const charted = plans.filter((row) => row.figures.totals.gain !== null);
  return (
    <section className="rollup-groups" aria-labelledby="rollup-groups-title" data-rollup-groups>
      <h2 id="rollup-groups-title">{s('reports.groups.trainer')}</h2>
      <GroupTable s={s} locale={locale} rows={trainers} which="trainer" />
      <h2>{s('reports.groups.plan')}</h2>
      <div className="rollup-chart-stack">
        {charted.length > 0 && (
          <BarChart
            title={s('reports.chart.gainTitle')}
            description={s('reports.chart.gainDesc')}
            series={[
              { label: s('reports.col.pre'), className: 'bar-a' },
              { label: s('reports.col.post'), className: 'bar-b' },
            ]}
            groups={charted.map((row) => ({ label: row.label, values: [row.figures.totals.prePercent ?? 0, row.figures.totals.postPercent ?? 0] }))}
            max={100}
            unit="%"
          />
        )}
        <GroupTable s={s} locale={locale} rows={plans} which="plan" />
      </div>
    </section>
  );
}
