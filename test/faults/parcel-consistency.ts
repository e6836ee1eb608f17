import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { filesUnder } from '../support/parcels';

type Sql = <Row = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<Row[]>;

/**
 * What "nothing half-applied" means for parcels, as rows and files: every sent parcel is complete
 * (documents all stored, a recipient, its audit event), every stored document has its blob, and
 * every blob belongs to a document row; no temporary file of a write is left behind.
 * Gives the problems found (empty when consistent).
 */
export async function parcelInconsistencies(sql: Sql, blobDir: string): Promise<string[]> {
  const problems: string[] = [];
  const incomplete = await sql<{ id: string }>(
    `SELECT p.id FROM parcel p
      WHERE p.state = 'sent'
        AND (NOT EXISTS (SELECT 1 FROM parcel_document d WHERE d.parcel_id = p.id)
          OR EXISTS (SELECT 1 FROM parcel_document d WHERE d.parcel_id = p.id AND d.state <> 'stored')
          OR NOT EXISTS (SELECT 1 FROM parcel_recipient r WHERE r.parcel_id = p.id)
          OR NOT EXISTS (SELECT 1 FROM audit_event a
                          WHERE a.kind = 'parcel.sent' AND a.target_ids->>'parcelId' = p.id::text))`,
  );
  for (const { id } of incomplete) problems.push(`sent parcel ${id} is incomplete`);
  const documents = await sql<{ storage_key: string; state: string }>(
    `SELECT storage_key, state FROM parcel_document`,
  );
  const files = new Set((await filesUnder(blobDir)).filter((file) => !file.startsWith('.tmp/')));
  for (const { storage_key: key, state } of documents) {
    if (state === 'stored' && !files.has(key)) problems.push(`stored document ${key} has no blob`);
    files.delete(key);
  }
  for (const file of files) problems.push(`blob ${file} belongs to no document`);
  const temporary = await readdir(join(blobDir, '.tmp')).catch(() => []);
  for (const file of temporary) problems.push(`temporary write .tmp/${file} left behind`);
  return problems;
}
