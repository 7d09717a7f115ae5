/**
 * A table of figures: a caption, column headings, and rows whose first cell names the row
 * (`<th scope="row">`) and whose other cells are numbers. The one table markup the roll-up,
 * the session report and the class view print, so headers, scopes and number cells agree.
 */
import type { ReactNode } from 'react';

/** A cell: its content, or its content with attributes (a test hook, a class). */
export type FigureCell = ReactNode | { value: ReactNode; attrs: Record<string, string | boolean> };

export interface FigureRow {
  key: string;
  head: ReactNode;
  cells: FigureCell[];
  /** Attributes of the row (`data-*` hooks). */
  attrs?: Record<string, string>;
}

interface Props {
  caption: ReactNode;
  /** Visually hidden caption (the section's heading already says it). */
  captionHidden?: boolean;
  columns: ReactNode[];
  rows: readonly FigureRow[];
  /** A closing row (totals). */
  foot?: FigureRow;
  className?: string;
  attrs?: Record<string, string>;
}

const isWithAttrs = (cell: FigureCell): cell is { value: ReactNode; attrs: Record<string, string | boolean> } =>
  typeof cell === 'object' && cell !== null && 'value' in cell && 'attrs' in cell;

function Row({ row }: { row: FigureRow }) {
  return (
    <tr {...row.attrs}>
      <th scope="row">{row.head}</th>
      {row.cells.map((cell, i) =>
        isWithAttrs(cell) ? (
          <td key={i} className="num" {...cell.attrs}>{cell.value}</td>
        ) : (
          <td key={i} className="num">{cell}</td>
        ),
      )}
    </tr>
  );
}

export default function FigureTable({ caption, captionHidden, columns, rows, foot, className = 'report-table', attrs }: Props) {
  return (
    <table className={className} {...attrs}>
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={i} scope="col">{column}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Row key={row.key} row={row} />
        ))}
      </tbody>
      {foot && (
        <tfoot>
          <Row row={foot} />
        </tfoot>
      )}
    </table>
  );
}
