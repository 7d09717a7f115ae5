/**
 * The attendance sheet's column switches: each checkbox shows or hides a group of columns
 * (the paper's `data-sex`, `data-age`, `data-unit` attributes, read by the print styles) and
 * writes the choice into the address and the link to the other version of the sheet.
 */
import { attendanceColumnsFromQuery, attendanceColumnsQuery, type AttendanceColumns } from '../lib/sessions/papers.ts';

const COLUMNS = ['sex', 'age', 'unit'] as const;

export function setUpAttendanceOptions(): void {
  const paper = document.querySelector<HTMLElement>('[data-attendance-paper]');
  if (!paper) return;
  const defaults: AttendanceColumns = {
    sex: paper.dataset.defaultSex === 'true',
    age: paper.dataset.defaultAge === 'true',
    unit: paper.dataset.defaultUnit === 'true',
  };
  let columns = attendanceColumnsFromQuery(window.location.search, defaults);
  const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-attendance-column]')];
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-attendance-link]')];

  const apply = (): void => {
    for (const name of COLUMNS) paper.toggleAttribute(`data-${name}`, columns[name]);
    for (const box of boxes) box.checked = columns[box.dataset.attendanceColumn as keyof AttendanceColumns];
    const query = attendanceColumnsQuery(columns, defaults);
    for (const link of links) link.search = query;
    try {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
    } catch {
      // Some embedded browsers refuse; the switches still work for this print.
    }
  };

  for (const box of boxes) {
    box.addEventListener('change', () => {
      columns = { ...columns, [box.dataset.attendanceColumn as keyof AttendanceColumns]: box.checked };
      apply();
    });
  }
  apply();
}
