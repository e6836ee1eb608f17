import { parse } from 'csv-parse/sync';
import { LegacyImportError } from './legacy-import-error';

/** The columns of an import file, in any order; only the first two are required. */
export const LEGACY_COLUMNS = [
  'access_code',
  'last_name',
  'civility',
  'first_name',
  'email',
  'mobile',
  'legacy_password',
  'legacy_hash',
] as const;
export type LegacyColumn = (typeof LEGACY_COLUMNS)[number];
const REQUIRED_COLUMNS: LegacyColumn[] = ['access_code', 'last_name'];

/** One record of the file, by column (a column absent from the header reads as empty). */
export interface LegacyRecord {
  /** Line where the record starts; the header is line 1. */
  line: number;
  /** False when the record has more or fewer fields than the header. */
  complete: boolean;
  fields: Partial<Record<LegacyColumn, string>>;
}

/**
 * Reads an import file: UTF-8 (a BOM is fine), a header row, `;` or `,` between fields (whichever
 * the header uses), RFC 4180 quoting. Throws {@link LegacyImportError} for a file that cannot be
 * read as a whole; a bad line is left for the line checks to report.
 */
export function readLegacyCsv(content: Buffer): LegacyRecord[] {
  const text = decodeUtf8(content);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, csv-parse gives `{ record, info }` objects; its types do not follow the option.
    parsed = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof parsed;
  } catch (error) {
    // The code and line only: csv-parse's messages may quote part of a field.
    const { code, lines } = error as { code?: string; lines?: number };
    throw new LegacyImportError(
      `The file is not valid CSV (${code ?? 'unreadable'}, line ${lines ?? '?'})`,
    );
  }
  const [header, ...rows] = parsed;
  if (!header) throw new LegacyImportError('The file is empty: a header row is expected');
  const columns = readHeader(header.record);
  return rows
    .filter(({ record }) => record.some((field) => field.trim() !== ''))
    .map(({ record, info }) => ({
      // csv-parse counts to the end of the record; a quoted field may span lines.
      line: info.lines - record.reduce((lines, field) => lines + count(field, '\n'), 0),
      complete: record.length === columns.length,
      fields: Object.fromEntries(columns.map((column, i) => [column, record[i] ?? ''])),
    }));
}

function readHeader(names: string[]): LegacyColumn[] {
  // "E-mail" is how most French exports head the column.
  const columns = names
    .map((name) =>
      name
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_'),
    )
    .map((name) => (name === 'e_mail' ? 'email' : name));
  const isKnown = (column: string) => (LEGACY_COLUMNS as readonly string[]).includes(column);
  const expected = `expected ${LEGACY_COLUMNS.join(', ')}`;
  // Without a single known name the first line is data, which is not repeated here.
  if (!columns.some(isKnown))
    throw new LegacyImportError(`The first line is not a header: ${expected}`);
  const unknown = columns.flatMap((column, i) => (isKnown(column) ? [] : [i]));
  if (unknown.length > 0) {
    const named = unknown.map((i) =>
      /^[a-z0-9_]{1,40}$/.test(columns[i]!) ? `"${columns[i]}"` : `column ${i + 1}`,
    );
    throw new LegacyImportError(
      `Unknown column(s) in the header: ${named.join(', ')}; ${expected}`,
    );
  }
  const twice = columns.filter((column, i) => columns.indexOf(column) !== i);
  if (twice.length > 0) throw new LegacyImportError(`Column(s) given twice: ${twice.join(', ')}`);
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw new LegacyImportError(`Missing column(s) in the header: ${missing.join(', ')}`);
  }
  return columns as LegacyColumn[];
}

function decodeUtf8(content: Buffer): string {
  try {
    // A leading BOM is dropped (ignoreBOM: false).
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new LegacyImportError(
      'The file is not UTF-8; convert it first (e.g. iconv -f WINDOWS-1252 -t UTF-8)',
    );
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
