/**
 * What the figures cover: a period (all time, a year, a quarter, or dates), and optionally one
 * trainer or one session plan. Every change applies at once; nothing is stored.
 */
import { LATEST_REPORT_DATE } from '../../lib/sessions/schema.ts';
import { isBackwards, type Period, type Selection } from '../../lib/reports/period.ts';
import type { ReportsTranslate } from './strings.ts';

interface Props {
  s: ReportsTranslate;
  selection: Selection;
  onChange: (selection: Selection) => void;
  /** Years with sessions, latest first. */
  years: readonly number[];
  trainers: ReadonlyArray<{ key: string; label: string }>;
  plans: ReadonlyArray<{ slug: string; title: string }>;
}

const KINDS = ['all', 'year', 'quarter', 'custom'] as const;
const QUARTERS = [1, 2, 3, 4] as const;

export default function Filters({ s, selection, onChange, years, trainers, plans }: Props) {
  const { period } = selection;
  const latestYear = years[0] ?? new Date().getFullYear();
  const setPeriod = (next: Period) => onChange({ ...selection, period: next });
  const year = period.kind === 'year' || period.kind === 'quarter' ? period.year : latestYear;
  const yearChoices = years.includes(year) ? years : [year, ...years];

  const choosePeriodKind = (kind: Period['kind']) => {
    if (kind === 'all') setPeriod({ kind });
    else if (kind === 'year') setPeriod({ kind, year });
    else if (kind === 'quarter') setPeriod({ kind, year, quarter: period.kind === 'quarter' ? period.quarter : 1 });
    else setPeriod({ kind, from: period.kind === 'custom' ? period.from : '', to: period.kind === 'custom' ? period.to : '' });
  };

  return (
    <section className="rollup-filters no-print" aria-labelledby="rollup-filters-title" data-rollup-filters>
      <h2 id="rollup-filters-title">{s('reports.filters.title')}</h2>
      <fieldset className="report-method rollup-period">
        <legend>{s('reports.filters.period')}</legend>
        {KINDS.map((kind) => (
          <div key={kind} className="choice">
            <input type="radio" id={`rollup-period-${kind}`} name="rollup-period" value={kind} checked={period.kind === kind} onChange={() => choosePeriodKind(kind)} />
            <label htmlFor={`rollup-period-${kind}`}>{s(`reports.filters.period.${kind}` as const)}</label>
          </div>
        ))}
        <div className="rollup-period__fields">
          {(period.kind === 'year' || period.kind === 'quarter') && (
            <div className="field">
              <label htmlFor="rollup-year">{s('reports.filters.year')}</label>
              <select id="rollup-year" value={period.year} onChange={(event) => setPeriod({ ...period, year: Number(event.currentTarget.value) })}>
                {yearChoices.map((y) => (
                  <option key={y} value={y}>{y}</option>
                ))}
              </select>
            </div>
          )}
          {period.kind === 'quarter' && (
            <div className="field">
              <label htmlFor="rollup-quarter">{s('reports.filters.quarter')}</label>
              <select id="rollup-quarter" value={period.quarter} onChange={(event) => setPeriod({ ...period, quarter: Number(event.currentTarget.value) as 1 | 2 | 3 | 4 })}>
                {QUARTERS.map((q) => (
                  <option key={q} value={q}>{s('reports.filters.quarterN', { q })}</option>
                ))}
              </select>
            </div>
          )}
          {period.kind === 'custom' && (
            <>
              <div className="field">
                <label htmlFor="rollup-from">{s('reports.filters.from')}</label>
                <input id="rollup-from" type="date" max={LATEST_REPORT_DATE} value={period.from} onChange={(event) => setPeriod({ ...period, from: event.currentTarget.value })} />
              </div>
              <div className="field">
                <label htmlFor="rollup-to">{s('reports.filters.to')}</label>
                <input id="rollup-to" type="date" max={LATEST_REPORT_DATE} value={period.to} onChange={(event) => setPeriod({ ...period, to: event.currentTarget.value })} />
              </div>
            </>
          )}
        </div>
        {isBackwards(period) && <p className="field-error" role="alert">{s('reports.filters.backwards')}</p>}
      </fieldset>
      <div className="rollup-filters__pick">
        <div className="field">
          <label htmlFor="rollup-trainer">{s('reports.filters.trainer')}</label>
          <select id="rollup-trainer" value={selection.trainer ?? '*'} onChange={(event) => onChange({ ...selection, trainer: event.currentTarget.value === '*' ? null : event.currentTarget.value })}>
            <option value="*">{s('reports.filters.all')}</option>
            {trainers.map((trainer) => (
              <option key={trainer.key} value={trainer.key}>{trainer.label || s('reports.noTrainer')}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rollup-plan">{s('reports.filters.plan')}</label>
          <select id="rollup-plan" value={selection.plan ?? '*'} onChange={(event) => onChange({ ...selection, plan: event.currentTarget.value === '*' ? null : event.currentTarget.value })}>
            <option value="*">{s('reports.filters.all')}</option>
            {plans.map((plan) => (
              <option key={plan.slug} value={plan.slug}>{plan.title}</option>
            ))}
          </select>
        </div>
      </div>
    </section>
  );
}
