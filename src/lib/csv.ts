/**
 * CSV that opens correctly in Excel and LibreOffice with Vietnamese text: UTF-8 with a byte
 * order mark, RFC 4180 quoting (commas, quotes, line breaks), CRLF line endings. Text cells
 * that a spreadsheet could run as a formula are prefixed with an apostrophe (see FORMULA_START).
 */
export type CsvCell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

/**
 * Cells a spreadsheet might read as a formula: one that starts with = + - @ (or their full-width
 * forms, which some spreadsheets and input methods turn into ASCII), with whitespace (Excel and
 * LibreOffice may trim it and then evaluate what follows), or with direction marks and zero-width
 * characters that hide a formula character behind them.
 */
const FORMULA_START =
  /^(?:[=+\-@\uFF1D\uFF0B\uFF0D\uFF20 \t\r\n]|[\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the first is usually the header) → CSV text with BOM. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
