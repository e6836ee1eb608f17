/**
 * The instants an audit query needs from the days a person picks (`<input type="date">`, in
 * their own time zone): from the start of `from` to the end of `to`, both days included.
 * Undefined for an empty field; null when the period ends before it starts.
 */
export function auditPeriod(from: string, to: string): { from?: string; to?: string } | null {
  const start = startOfDay(from, 0);
  const end = startOfDay(to, 1);
  if (start && end && start >= end) return null;
  return { from: start?.toISOString(), to: end?.toISOString() };
}

/** Local midnight of `day` (`2026-11-23`) plus `plusDays`; undefined when it is not a date. */
function startOfDay(day: string, plusDays: number): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  const result = new Date(year, month - 1, date + plusDays);
  return Number.isNaN(result.getTime()) ? undefined : result;
}
