/**
 * A small accessible bar chart in SVG: grouped horizontal bars (e.g. pre vs post per question,
 * or lessons completed per lesson). The SVG has a title and description and is hidden from
 * screen readers in favour of the data table that must always sit beside it. No inline
 * styles (the site's CSP forbids them): colours come from classes in global.css.
 */
import { useId } from 'react';

export interface BarSeries {
  /** Legend label. */
  label: string;
  /** CSS class for the bars: `bar-a` … `bar-c`. */
  className: string;
}

export interface BarGroup {
  label: string;
  /** One value per series. */
  values: number[];
}

interface Props {
  title: string;
  description: string;
  series: BarSeries[];
  groups: BarGroup[];
  /** Value of a full bar (100 for percentages). */
  max: number;
  /** Formats a value for the label at the end of a bar. */
  unit?: string;
}

const LABEL_WIDTH = 150;
const BAR_HEIGHT = 14;
const GAP = 6;
const CHART_WIDTH = 320;

export default function BarChart({ title, description, series, groups, max, unit = '' }: Props) {
  // Unique ids, so two charts on one page do not share a title.
  const chartId = useId();
  const groupHeight = series.length * BAR_HEIGHT + GAP * 2;
  const legendHeight = 24;
  const height = legendHeight + groups.length * groupHeight + 4;
  const width = LABEL_WIDTH + CHART_WIDTH + 50;
  const scale = (value: number) => (max > 0 ? Math.max(0, Math.min(1, value / max)) * CHART_WIDTH : 0);
  return (
    <figure className="bar-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-labelledby={`${chartId}-title ${chartId}-desc`} focusable="false">
        <title id={`${chartId}-title`}>{title}</title>
        <desc id={`${chartId}-desc`}>{description}</desc>
        <g className="chart-legend">
          {series.map((s, i) => (
            <g key={s.label} transform={`translate(${LABEL_WIDTH + i * 130}, 4)`}>
              <rect className={s.className} width="14" height="14" />
              <text x="20" y="12">{s.label}</text>
            </g>
          ))}
        </g>
        {groups.map((group, gi) => {
          const y = legendHeight + gi * groupHeight;
          return (
            <g key={`${group.label}-${gi}`} transform={`translate(0, ${y})`}>
              <text className="chart-label" x={LABEL_WIDTH - 8} y={GAP + (series.length * BAR_HEIGHT) / 2 + 4} textAnchor="end">
                {group.label.length > 22 ? `${group.label.slice(0, 21)}…` : group.label}
              </text>
              {series.map((s, si) => {
                const value = group.values[si] ?? 0;
                const barY = GAP + si * BAR_HEIGHT;
                return (
                  <g key={s.label}>
                    <rect className={s.className} x={LABEL_WIDTH} y={barY} width={scale(value)} height={BAR_HEIGHT - 2} />
                    <text className="chart-value" x={LABEL_WIDTH + scale(value) + 4} y={barY + BAR_HEIGHT - 4}>
                      {`${Math.round(value)}${unit}`}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
