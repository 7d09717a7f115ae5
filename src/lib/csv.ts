/**
 * CSV that opens correctly in Excel and LibreOffice with Vietnamese text: UTF-8 with a byte
 * order mark, RFC 4180 quoting (commas, quotes, line breaks), CRLF line endings. Cells that
 * start with = + - @ are prefixed with an apostrophe so a spreadsheet never runs them as
 * formulas.
 */
export type CsvCell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the first is usually the header) → CSV text with BOM. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
