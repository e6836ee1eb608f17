import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Client } from 'pg';
import { createProcessDatabase } from '../process/process-database';
import { runCommand } from './operator-command';

const INACTIVE = 300;
const ACTIVE = 5;

/** What one erasure of a seeded client removes: the tombstone's `counts` must say exactly this. */
const ERASED_ROWS = {
  account: 1,
  session: 2,
  parcel: 1,
  parcel_recipient: 1,
  parcel_document: 1,
};

/**
 * GDPR-2 / GDPR-5 / OPS-3: the retention job is killed (SIGKILL) while it erases inactive client
 * accounts through the erasure engine. Each client is then either erased whole (tombstone, no
 * row and no value of theirs left, blob gone or listed on the tombstone for the sweep) or
 * untouched, and the next run finishes the job: all erased, one tombstone each, no blob left.
 */
test.describe('retention erasure killed midway', () => {
  test('the next run finishes, no client is half erased', async () => {
    test.setTimeout(300_000);
    const database = await createProcessDatabase();
    const blobDir = mkdtempSync(join(tmpdir(), 'guichet-faults-erasure-'));
    const env = { DATABASE_URL: database.url, BLOB_DIR: blobDir, RETENTION_BATCH_SIZE: '20' };
    const client = new Client({ connectionString: database.url });
    const count = async (sql: string, params: unknown[] = []) =>
      ((await client.query(sql, params)).rows[0] as { n: number }).n;
    const stillPending = `SELECT count(*)::int AS n FROM erasure_tombstone
                          WHERE workspace_id = $1 AND cardinality(pending_blobs) > 0`;
    const tombstones = `SELECT count(*)::int AS n FROM erasure_tombstone WHERE origin = 'retention'
                          AND workspace_id = $1`;
    try {
      // The first run migrates the empty database (and finds nothing to do).
      expect((await runCommand(['retention'], env)).code).toBe(0);
      await client.connect();
      const firm = await seedClients(client, blobDir);
      const blobs = async () => new Set(await readdir(join(blobDir, firm.workspaceId)));

      // Killed as soon as an erasure is seen committed with its blobs not yet deleted (the window
      // a crash leaves to the sweep), or else late in the run: inside an erasure or between two.
      const killed = await runCommand(
        ['retention'],
        env,
        async () =>
          (await count(stillPending, [firm.workspaceId])) > 0 ||
          (await count(tombstones, [firm.workspaceId])) >= INACTIVE - 50,
      );
      expect(killed.signal).toBe('SIGKILL');

      const state = await clientStates(client, firm, await blobs());
      const erased = state.filter((c) => c.erased);
      expect(erased.length).toBeGreaterThan(0);
      expect(erased.length).toBeLessThan(INACTIVE);
      // Nothing half done: every client is either wholly there or wholly gone.
      expect(state.filter((c) => !c.erased && !c.intact).map((c) => c.code)).toEqual([]);
      // Each erasure left its tombstone, in its transaction, with exactly what it removed.
      const stones = (
        await client.query(
          `SELECT counts, pending_blobs FROM erasure_tombstone WHERE workspace_id = $1`,
          [firm.workspaceId],
        )
      ).rows as { counts: Record<string, number>; pending_blobs: string[] }[];
      expect(stones).toHaveLength(erased.length);
      for (const stone of stones) expect(stone.counts).toEqual(ERASED_ROWS);
      // A blob still on disk after its erasure is listed on its tombstone for the sweep.
      const pending = new Set(stones.flatMap((s) => s.pending_blobs));
      for (const c of erased) if (c.blobOnDisk) expect(pending.has(c.storageKey)).toBe(true);
      // No value of an erased client is left in any table (the tombstone only holds hashes).
      const dump = await everyRowAsText(client);
      const leftovers = erased.filter((c) => c.markers.some((m) => dump.includes(m)));
      expect(leftovers.map((c) => c.code)).toEqual([]);

      const next = await runCommand(['retention'], env);
      expect(next.code).toBe(0);
      const after = await clientStates(client, firm, await blobs());
      expect(after.filter((c) => c.inactive && !c.erased).map((c) => c.code)).toEqual([]);
      expect(after.filter((c) => !c.inactive && !c.intact).map((c) => c.code)).toEqual([]);
      expect(await count(tombstones, [firm.workspaceId])).toBe(INACTIVE);
      // Each erased account has its retention event, however the first run ended.
      expect(
        await count(
          `SELECT count(DISTINCT target_ids->>'accountId')::int AS n FROM audit_event
            WHERE kind = 'retention.account-erased' AND workspace_id = $1`,
          [firm.workspaceId],
        ),
      ).toBe(INACTIVE);
      expect(await count(stillPending, [firm.workspaceId])).toBe(0);
      expect(await blobs()).toEqual(new Set(after.filter((c) => c.intact).map((c) => c.blobName)));
      expect(await readdir(join(blobDir, '.tmp')).catch(() => [])).toEqual([]);
    } finally {
      await client.end().catch(() => undefined);
      rmSync(blobDir, { recursive: true, force: true });
      await database.drop();
    }
  });
});

interface SeededFirm {
  workspaceId: string;
  /** Each client's document blob (`<workspace>/<uuid>`), by client code. */
  storageKeys: Map<string, string>;
}

interface ClientState {
  code: string;
  inactive: boolean;
  /** Account, both sessions, the parcel sent to them with its readable document and blob. */
  intact: boolean;
  /** No account, session, recipient, parcel or document row of theirs. */
  erased: boolean;
  blobOnDisk: boolean;
  storageKey: string;
  blobName: string;
  /** Values only this client has: none may survive their erasure. */
  markers: string[];
}

/**
 * A firm with one staff member and `INACTIVE` clients unseen for three years (past the default
 * 24 months) plus `ACTIVE` recent ones. Each client has two sessions and a parcel sent to them
 * alone with one document whose blob file is on disk; their values carry their code (`RC0001`).
 */
async function seedClients(client: Client, blobDir: string): Promise<SeededFirm> {
  const [workspace] = (
    await client.query(
      `INSERT INTO workspace (slug, name) VALUES ('faults', 'Cabinet') RETURNING id`,
    )
  ).rows as { id: string }[];
  const workspaceId = workspace!.id;
  const [staff] = (
    await client.query(
      `INSERT INTO account (workspace_id, access_code, role, last_name)
       VALUES ($1, 'S1', 'staff', 'Gestion') RETURNING id`,
      [workspaceId],
    )
  ).rows as { id: string }[];
  await client.query(
    `INSERT INTO account (workspace_id, access_code, role, first_name, last_name, email, mobile,
                          created_at, last_active_at)
     SELECT $1, 'RC' || lpad(g::text, 4, '0'), 'client', 'Prenom' || lpad(g::text, 4, '0'),
            'Nom' || lpad(g::text, 4, '0'), 'rc' || lpad(g::text, 4, '0') || '@client.example',
            '+336' || lpad(g::text, 8, '0'), now() - interval '5 years',
            CASE WHEN g <= $2 THEN now() - interval '3 years' ELSE now() - interval '1 day' END
       FROM generate_series(1, $3) g`,
    [workspaceId, INACTIVE, INACTIVE + ACTIVE],
  );
  await client.query(
    `INSERT INTO session (token_hash, account_id, workspace_id, last_seen_at, absolute_expires_at)
     SELECT sha256(gen_random_uuid()::text::bytea), a.id, a.workspace_id, now(), now() + interval '1 day'
       FROM account a CROSS JOIN generate_series(1, 2) WHERE a.workspace_id = $1 AND a.role = 'client'`,
    [workspaceId],
  );
  await client.query(
    `INSERT INTO parcel (workspace_id, sender_id, subject, state, sent_at, expires_at)
     SELECT $1, $2, 'Pièces ' || a.access_code, 'sent', now(), now() + interval '30 days'
       FROM account a WHERE a.workspace_id = $1 AND a.role = 'client'`,
    [workspaceId, staff!.id],
  );
  await client.query(
    `INSERT INTO parcel_recipient (parcel_id, account_id, notified_at)
     SELECT p.id, a.id, now() FROM parcel p JOIN account a ON p.subject = 'Pièces ' || a.access_code
      WHERE p.workspace_id = $1 AND a.workspace_id = $1`,
    [workspaceId],
  );
  const documents = (
    await client.query(
      `INSERT INTO parcel_document (id, parcel_id, name, size, content_type, sha256, storage_key,
                                    key_id, wrapped_key, state)
       SELECT d, p.id, 'releve-' || substr(p.subject, 8) || '.pdf', 128, 'application/pdf',
              repeat('0', 64), $1 || '/' || d, 'k1', '\\x01'::bytea, 'stored'
         FROM (SELECT id, subject, gen_random_uuid() AS d FROM parcel WHERE workspace_id = $1) p
       RETURNING storage_key, substr(name, 8, 6) AS code`,
      [workspaceId],
    )
  ).rows as { storage_key: string; code: string }[];
  await mkdir(join(blobDir, workspaceId), { recursive: true });
  const blob = Buffer.alloc(128, 7);
  await Promise.all(documents.map((d) => writeFile(join(blobDir, d.storage_key), blob)));
  return { workspaceId, storageKeys: new Map(documents.map((d) => [d.code, d.storage_key])) };
}

/** Where each seeded client stands, from their code (`RC0001`…), rows and blob files. */
async function clientStates(
  client: Client,
  firm: SeededFirm,
  files: Set<string>,
): Promise<ClientState[]> {
  const rows = (
    await client.query(
      `SELECT g, 'RC' || lpad(g::text, 4, '0') AS code,
              a.id IS NOT NULL AS account,
              (SELECT count(*)::int FROM session s WHERE s.account_id = a.id) AS sessions,
              (SELECT count(*)::int FROM parcel_recipient r WHERE r.account_id = a.id) AS recipients,
              p.id IS NOT NULL AS parcel,
              d.wrapped_key IS NOT NULL AS readable
         FROM generate_series(1, $2::int) g
         LEFT JOIN account a ON a.workspace_id = $1 AND a.access_code = 'RC' || lpad(g::text, 4, '0')
         LEFT JOIN parcel p ON p.workspace_id = $1 AND p.subject = 'Pièces RC' || lpad(g::text, 4, '0')
         LEFT JOIN parcel_document d ON d.parcel_id = p.id
        ORDER BY g`,
      [firm.workspaceId, INACTIVE + ACTIVE],
    )
  ).rows as {
    g: number;
    code: string;
    account: boolean;
    sessions: number;
    recipients: number;
    parcel: boolean;
    readable: boolean | null;
  }[];
  return rows.map((row) => {
    const storageKey = firm.storageKeys.get(row.code)!;
    const blobName = storageKey.split('/')[1]!;
    const blobOnDisk = files.has(blobName);
    const digits = row.code.slice(2);
    return {
      code: row.code,
      inactive: row.g <= INACTIVE,
      intact:
        row.account &&
        row.sessions === 2 &&
        row.recipients === 1 &&
        row.parcel &&
        row.readable === true &&
        blobOnDisk,
      erased: !row.account && row.sessions === 0 && row.recipients === 0 && !row.parcel,
      blobOnDisk,
      storageKey,
      blobName,
      markers: [
        row.code,
        `Prenom${digits}`,
        `Nom${digits}`,
        `rc${digits}@`,
        `+336${digits.padStart(8, '0')}`,
      ],
    };
  });
}

/** Every row of every table of the database as text, for a search of values that must be gone. */
async function everyRowAsText(client: Client): Promise<string> {
  const tables = (
    await client.query(
      `SELECT quote_ident(table_name) AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    )
  ).rows as { name: string }[];
  const parts: string[] = [];
  for (const table of tables) {
    const { rows } = await client.query(`SELECT t::text AS row FROM ${table.name} t`);
    for (const row of rows as { row: string }[]) parts.push(row.row);
  }
  return parts.join('\n');
}
