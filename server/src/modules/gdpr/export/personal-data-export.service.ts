import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { AuditEventKind } from '@guichet/contracts';
import { DocumentDecryptor } from '../../../core/crypto/document-cipher';
import { DocumentKeys } from '../../../core/crypto/document-keys';
import type { PersonalDataRegistry } from '../../../core/privacy/personal-data-registry';
import { BlobStore } from '../../../core/storage/blob-store';
import { AuditLog } from '../../audit/audit-log';
import type {
  DocumentContent,
  ParcelArchive,
} from '../../parcels/download/document-download.service';
import { documentOf, holdsDocuments } from '../erasure/encrypted-documents';
import type { ErasurePlan, PlannedRow } from '../erasure/erasure-plan';
import { ErasurePlanner } from '../erasure/erasure-planner';
import { ErasureRepository } from '../erasure/erasure.repository';
import { ErasureSubjectLoader } from '../erasure/erasure-subject-loader';

/** Who exports: an admin for anyone of the workspace, or a client for themself. */
export interface ExportActor {
  workspaceId: string;
  accountId: string;
  ip?: string;
}

/** `{ identity: { account: [{ firstName: "Jeanne", … }] }, contact: … }` */
export type ExportedData = Record<string, Record<string, Record<string, unknown>[]>>;

/**
 * Right of access and portability (GDPR-4): everything the erasure would reach, as one zip —
 * `donnees.json` with every exportable personal column grouped by registry category, and the
 * person's documents decrypted under `documents/`. Streamed: documents are read as the zip goes.
 */
@Injectable()
export class PersonalDataExport {
  constructor(
    private readonly loader: ErasureSubjectLoader,
    private readonly planner: ErasurePlanner,
    private readonly repository: ErasureRepository,
    private readonly keys: DocumentKeys,
    private readonly blobs: BlobStore,
    private readonly audit: AuditLog,
  ) {}

  /** `kind` as the path gave it: one that is not ours answers 404 like an unknown id. */
  async archive(actor: ExportActor, path: string, id: string): Promise<ParcelArchive> {
    const loaded = await this.loader.load(actor.workspaceId, path, id);
    const kind = loaded.subject.kind;
    const { plan } = await this.planner.plan(loaded.subject.table, loaded.row, actor.workspaceId);
    const registry = this.repository.registry();
    const json = Buffer.from(
      JSON.stringify(
        { kind, id, exportedAt: new Date().toISOString(), data: exportedData(registry, plan) },
        null,
        2,
      ),
    );
    await this.audit.record({
      kind: AuditEventKind.PersonalDataExported,
      outcome: 'success',
      workspaceId: actor.workspaceId,
      actorId: actor.accountId,
      targetIds: kind === 'client' ? { accountId: id } : { subjectId: id },
      ip: actor.ip,
    });
    const documents = plan
      .all()
      .filter((p) => p.action !== 'detach' && holdsDocuments(registry.entity(p.table)))
      .filter((p) => p.row.wrapped_key && p.row.state !== 'uploading')
      .map((p) => this.documentContent(p));
    return {
      name: `export-${kind}-${id}`,
      documents: [inMemory('donnees.json', 'application/json', json), ...documents],
    };
  }

  private documentContent(planned: PlannedRow): DocumentContent {
    const document = documentOf(planned);
    const size = Number(planned.row.size ?? 0);
    return {
      name: `documents/${String(planned.row.name ?? document.id)}`,
      contentType: String(planned.row.content_type ?? 'application/octet-stream'),
      size,
      viewable: false,
      read: async () => {
        const key = this.keys.unwrap(document.id, {
          keyId: document.keyId!,
          wrapped: document.wrappedKey!,
        });
        const source = await this.blobs.read(document.storageKey);
        const decryptor = new DocumentDecryptor(key);
        source.on('error', (error) => decryptor.destroy(error));
        return source.pipe(decryptor);
      },
    };
  }
}

/** Every exportable personal value of the rows reached, by category, then table. */
export function exportedData(registry: PersonalDataRegistry, plan: ErasurePlan): ExportedData {
  const data: ExportedData = {};
  for (const planned of plan.all()) {
    if (planned.action === 'detach') continue;
    const byCategory = new Map<string, Record<string, unknown>>();
    for (const column of registry.entity(planned.table).personalColumns) {
      const value = planned.row[column.column];
      if (column.declaration.export === false || value === null || value === undefined) continue;
      if (Buffer.isBuffer(value)) continue;
      const values = byCategory.get(column.declaration.category) ?? {};
      values[column.property] = value;
      byCategory.set(column.declaration.category, values);
    }
    for (const [category, values] of byCategory) {
      data[category] ??= {};
      (data[category][planned.table] ??= []).push(values);
    }
  }
  return data;
}

function inMemory(name: string, contentType: string, bytes: Buffer): DocumentContent {
  return {
    name,
    contentType,
    size: bytes.length,
    viewable: false,
    read: () => Promise.resolve(Readable.from([bytes])),
  };
}
