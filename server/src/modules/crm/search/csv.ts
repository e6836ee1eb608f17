/**
 * One CSV line (RFC 4180, CRLF). A cell that a spreadsheet would run as a formula (`=`, `+`, `-`,
 * `@`, tab, CR) gets a leading apostrophe: exported names come from users and ERPs.
 */
export function csvLine(cells: readonly (string | null)[]): string {
  return `${cells.map((cell) => csvCell(cell ?? '')).join(',')}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
