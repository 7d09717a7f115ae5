import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/csv.ts';

describe('CSV for Excel and LibreOffice', () => {
  it('starts with a UTF-8 byte order mark and ends rows with CRLF', () => {
    expect(toCsv([['a', 'b'], [1, 2]])).toBe('\uFEFFa,b\r\n1,2\r\n');
  });
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Lan, lớp 7')).toBe('"Lan, lớp 7"');
    expect(csvCell('cô "Hoa"')).toBe('"cô ""Hoa"""');
    expect(csvCell('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
  });
  it('keeps Vietnamese text as it is', () => {
    expect(csvCell('Nguyễn Thị Đào')).toBe('Nguyễn Thị Đào');
  });
  it('never lets a cell run as a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+84')).toBe("'+84");
    expect(csvCell(-5)).toBe('-5');
  });
  it.each([
    ['a space', ' =1+1', "' =1+1"],
    ['a tab', '\t=1+1', "'\t=1+1"],
    ['a newline', '\n=1+1', `"'\n=1+1"`],
    ['a carriage return', '\r=1+1', `"'\r=1+1"`],
    ['a space before plain text', ' Lan', "' Lan"],
  ])('neutralises a cell that starts with %s', (_what, cell, expected) => {
    expect(csvCell(cell)).toBe(expected);
  });
  it.each([
    ['＝', '＝1+1'],
    ['＋', '＋84'],
    ['－', '－5'],
    ['＠', '＠SUM(A1)'],
  ])('neutralises a cell that starts with the full-width %s', (_mark, cell) => {
    expect(csvCell(cell)).toBe(`'${cell}`);
  });
  it.each([
    ['U+200E left-to-right mark', '\u200E'],
    ['U+200F right-to-left mark', '\u200F'],
    ['U+202A left-to-right embedding', '\u202A'],
    ['U+202B right-to-left embedding', '\u202B'],
    ['U+202C pop directional formatting', '\u202C'],
    ['U+202D left-to-right override', '\u202D'],
    ['U+202E right-to-left override', '\u202E'],
    ['U+2066 left-to-right isolate', '\u2066'],
    ['U+2067 right-to-left isolate', '\u2067'],
    ['U+2068 first strong isolate', '\u2068'],
    ['U+2069 pop directional isolate', '\u2069'],
    ['U+200B zero-width space', '\u200B'],
    ['U+FEFF zero-width no-break space', '\uFEFF'],
  ])('neutralises a formula hidden behind a %s', (_what, mark) => {
    expect(csvCell(`${mark}=HYPERLINK("x")`)).toBe(`"'${mark}=HYPERLINK(""x"")"`);
    expect(csvCell(`${mark}${mark}@SUM(A1)`)).toBe(`'${mark}${mark}@SUM(A1)`);
    expect(csvCell(`${mark}＋84`)).toBe(`'${mark}＋84`);
  });
  it('leaves an invisible mark before ordinary text alone', () => {
    expect(csvCell('\u200BLan')).toBe('\u200BLan');
    expect(csvCell('Lan = Hoa')).toBe('Lan = Hoa');
  });
  it('writes empty cells for missing values', () => {
    expect(toCsv([[null, undefined, '']])).toBe('\uFEFF,,\r\n');
  });
});
