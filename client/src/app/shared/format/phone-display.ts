/**
 * An E.164 number grouped as people read it: French numbers by pairs (`+33 6 12 34 56 78`), others
 * as stored. Display only: nothing is parsed back from it.
 */
export function displayPhone(e164: string | null): string | null {
  if (e164 === null) return null;
  const french = /^\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(e164);
  return french ? `+33 ${french.slice(1).join(' ')}` : e164;
}
