import { csvLine } from './csv';

describe('csvLine', () => {
  it('quotes cells holding commas, quotes or line breaks, and ends lines with CRLF', () => {
    expect(csvLine(['contact', 'Martin, Élise', 'dit "Lili"', null])).toBe(
      'contact,"Martin, Élise","dit ""Lili""",\r\n',
    );
    expect(csvLine(['a\nb'])).toBe('"a\nb"\r\n');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvLine(['=HYPERLINK("http://x")', '+33612345678', '-1', '@SUM(A1)'])).toBe(
      `"'=HYPERLINK(""http://x"")",'+33612345678,'-1,'@SUM(A1)\r\n`,
    );
  });
});
