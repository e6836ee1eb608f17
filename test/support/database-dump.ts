import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

/**
 * A `pg_dump` able to dump the server at `url`: from `PG_DUMP`, or the newest one of
 * /usr/lib/postgresql/<major>/bin at least as new as the server. Null when none is (a machine with
 * only the embedded PostgreSQL, whose npm package ships no pg_dump). `PG_DUMP=none` forces null.
 */
export async function findPgDump(url: string): Promise<string | null> {
  if (process.env.PG_DUMP) return process.env.PG_DUMP === 'none' ? null : process.env.PG_DUMP;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const client = new Client({ connectionString: url });
  await client.connect();
  const serverMajor = Number(
    ((await client.query('SHOW server_version_num')).rows[0] as { server_version_num: string })
      .server_version_num,
  );
  await client.end();
  const candidates = readdirSync(root)
    .map(Number)
    .filter((major) => major * 10_000 >= Math.floor(serverMajor / 10_000) * 10_000)
    .sort((a, b) => b - a)
    .map((major) => join(root, String(major), 'bin', 'pg_dump'))
    .filter((path) => existsSync(path));
  return candidates[0] ?? null;
}

/**
 * The whole database as text, for searching it: `pg_dump` when one is installed, otherwise every
 * row of every table of every schema as PostgreSQL prints it (`SELECT t::text`), which holds
 * every value a dump would hold.
 */
export async function dumpDatabase(
  url: string,
  options: { withoutPgDump?: boolean } = {},
): Promise<{ text: string; tool: string }> {
  const pgDump = options.withoutPgDump ? null : await findPgDump(url);
  if (pgDump) {
    const { stdout } = await run(pgDump, ['--no-owner', '--dbname', url], {
      maxBuffer: 512 * 1024 * 1024,
    });
    return { text: stdout, tool: pgDump };
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (
      await client.query(
        `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
          WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
      )
    ).rows as { name: string }[];
    const lines: string[] = [];
    for (const { name } of tables) {
      const rows = (await client.query(`SELECT t::text AS row FROM ${name} t`)).rows as {
        row: string;
      }[];
      lines.push(`-- ${name}`, ...rows.map((r) => r.row));
    }
    return { text: lines.join('\n'), tool: 'SELECT t::text' };
  } finally {
    await client.end();
  }
}
