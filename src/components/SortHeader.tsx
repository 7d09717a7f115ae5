/**
 * A sortable column heading: a button that sorts by its column, with the state announced
 * through `aria-sort` and shown by an arrow (hidden from screen readers, which read aria-sort).
 */
import type { ReactNode } from 'react';
import type { SortDirection } from '../lib/class/figures.ts';

interface Props<K extends string> {
  column: K;
  sort: { key: K; direction: SortDirection };
  onSort: (column: K) => void;
  children: ReactNode;
  className?: string;
}

export default function SortHeader<K extends string>({ column, sort, onSort, children, className }: Props<K>) {
  const active = sort.key === column;
  return (
    <th scope="col" className={className} aria-sort={active ? sort.direction : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {children}
        <span aria-hidden="true" className="sort-mark">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
}
