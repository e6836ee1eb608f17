import { readLegacyCsv } from './legacy-csv';
import { LegacyImportError } from './legacy-import-error';

describe(readLegacyCsv.name, () => {
  const read = (text: string) => readLegacyCsv(Buffer.from(text));

  it('reads ; or , whichever the header uses, with a BOM and CRLF line ends', () => {
    const semicolons = readLegacyCsv(
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('access_code;last_name\r\nA;Dupont, fils\r\n'),
      ]),
    );
    expect(semicolons).toEqual([
      { line: 2, complete: true, fields: { access_code: 'A', last_name: 'Dupont, fils' } },
    ]);
    expect(read('last_name,access_code\nDurand,B\n')).toEqual([
      { line: 2, complete: true, fields: { access_code: 'B', last_name: 'Durand' } },
    ]);
  });

  it('numbers records by the line they start on, past blank lines and quoted line breaks', () => {
    const records = read('access_code;last_name\nA;"Dupont\nJunior"\n\n;\nB;Durand\nC\n');
    expect(records.map(({ line, complete }) => [line, complete])).toEqual([
      [2, true],
      [6, true],
      [7, false],
    ]);
  });

  it('accepts header names in any case, with spaces or dashes for underscores', () => {
    expect(read('Access Code;LAST-NAME;E-mail\nA;Dupont;a@b.test\n')[0]?.fields).toEqual({
      access_code: 'A',
      last_name: 'Dupont',
      email: 'a@b.test',
    });
  });

  it('refuses a header with a column given twice', () => {
    expect(() => read('access_code;last_name;last_name\n')).toThrow(LegacyImportError);
  });
});
