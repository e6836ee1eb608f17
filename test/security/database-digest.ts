import { AuditEventKind } from '@guichet/contracts';
import { queryDatabase } from '../support/test-database';

/**
 * What a refused request may still write, on purpose: the audit rows of refused attempts (AUTH-4
 * wants every attempt recorded: outcome `failure`, or one of the kinds below) and the throttle
 * counters they feed, and a session's "last seen" clock and an integration key's "last used" one,
 * which any authenticated call moves (the CRM's machine routes, GDPR-1, take refusable bodies).
 * Everything else must stay byte for byte the same.
 */
const DELIBERATE_AUDIT_KINDS = [
  AuditEventKind.SignInFailed,
  AuditEventKind.SignInThrottled,
  AuditEventKind.SessionExpired,
  AuditEventKind.PasswordLinkRejected,
  AuditEventKind.OtpRefused,
  AuditEventKind.ApiKeyRejected,
];
const SKIPPED_TABLES = new Set(['migrations', 'sign_in_throttle']);
const SKIPPED_COLUMNS: Record<string, string[]> = {
  session: ['last_seen_at', 'idle_expires_at'],
  api_key: ['last_used_at'],
};

/** A digest per table of every row's content, read in one round trip. */
export type DatabaseDigest = Record<string, string>;

let digestQuery: string | undefined;

async function buildQuery(url: string): Promise<string> {
  const columns = await queryDatabase<{ table_name: string; column_name: string }>(
    url,
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const { table_name, column_name } of columns) {
    if (SKIPPED_TABLES.has(table_name)) continue;
    if (SKIPPED_COLUMNS[table_name]?.includes(column_name)) continue;
    byTable.set(table_name, [...(byTable.get(table_name) ?? []), column_name]);
  }
  const kinds = DELIBERATE_AUDIT_KINDS.map((kind) => `'${kind}'`).join(', ');
  return [...byTable]
    .map(([table, names]) => {
      const row = `row(${names.map((name) => `t."${name}"`).join(', ')})::text`;
      const where =
        table === 'audit_event' ? ` WHERE t.outcome <> 'failure' AND t.kind NOT IN (${kinds})` : '';
      return `SELECT '${table}' AS name, md5(coalesce(string_agg(${row}, '|' ORDER BY ${row}), '')) AS digest FROM "${table}" t${where}`;
    })
    .join(' UNION ALL ');
}

/** Digests every table of the app's database (see the exceptions above). */
export async function databaseDigest(url: string): Promise<DatabaseDigest> {
  digestQuery ??= await buildQuery(url);
  const rows = await queryDatabase<{ name: string; digest: string }>(url, digestQuery);
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

/** The tables whose content differs between two digests. */
export function changedTables(before: DatabaseDigest, after: DatabaseDigest): string[] {
  return Object.keys(after).filter((table) => before[table] !== after[table]);
}
