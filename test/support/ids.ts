import { queryDatabase } from './test-database';

/** The id of an account, found by its firm and access code, straight from the database. */
export async function accountId(
  databaseUrl: string,
  workspace: string,
  accessCode: string,
): Promise<string> {
  const [row] = await queryDatabase<{ id: string }>(
    databaseUrl,
    `SELECT a.id FROM account a JOIN workspace w ON w.id = a.workspace_id
      WHERE w.slug = $1 AND a.access_code = $2`,
    [workspace, accessCode],
  );
  if (!row) throw new Error(`no account ${accessCode} in ${workspace}`);
  return row.id;
}

/** The id of a firm, found by its slug. */
export async function workspaceId(databaseUrl: string, slug: string): Promise<string> {
  const [row] = await queryDatabase<{ id: string }>(
    databaseUrl,
    'SELECT id FROM workspace WHERE slug = $1',
    [slug],
  );
  if (!row) throw new Error(`no workspace ${slug}`);
  return row.id;
}
