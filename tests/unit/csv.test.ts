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
  it('writes empty cells for missing values', () => {
    expect(toCsv([[null, undefined, '']])).toBe('\uFEFF,,\r\n');
  });
});
