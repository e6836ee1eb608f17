import { Injectable, Logger } from '@nestjs/common';
import {
  AuditEventKind,
  type ErasurePreview,
  type ErasureResult,
  GdprErrorCode,
} from '@guichet/contracts';
import { Transactions } from '../../../core/database/transactions';
import { AppError } from '../../../core/http/app-error';
import { BlobStore } from '../../../core/storage/blob-store';
import { AuditLog } from '../../audit/audit-log';
import { ContactFingerprints } from '../tombstones/contact-fingerprints';
import type { ErasureOrigin, ErasureTombstone } from '../tombstones/erasure-tombstone';
import { TombstoneRepository } from '../tombstones/tombstone.repository';
import { documentOf, holdsDocuments } from './encrypted-documents';
import { ErasureExecution } from './erasure-execution';
import { ErasureNotices } from './erasure-notices';
import type { ErasurePlan } from './erasure-plan';
import { ErasurePlanner } from './erasure-planner';
import { ErasureRepository } from './erasure.repository';
import { ErasureSubjectLoader, type LoadedSubject } from './erasure-subject-loader';
import { erpReferenceOf } from './erp-links';

/** Who asks for an erasure: an admin of the workspace, the ERP or the retention job. */
export interface ErasureActor {
  workspaceId: string;
  /** The admin's account; null for the ERP and the retention job. */
  accountId: string | null;
  origin: ErasureOrigin;
  ip?: string;
}

/**
 * The right to erasure (GDPR-2): a preview of what would go, then, on the typed confirmation,
 * one transaction that erases every row the registry reaches, destroys document keys, leaves a
 * tombstone, records the audit event and queues the art. 19 notices. Blobs are deleted after
 * the commit (they are unreadable already); the tombstone lists them until they are gone.
 */
@Injectable()
export class Erasure {
  private readonly logger = new Logger(Erasure.name);

  constructor(
    private readonly loader: ErasureSubjectLoader,
    private readonly planner: ErasurePlanner,
    private readonly execution: ErasureExecution,
    private readonly repository: ErasureRepository,
    private readonly tombstones: TombstoneRepository,
    private readonly fingerprints: ContactFingerprints,
    private readonly notices: ErasureNotices,
    private readonly audit: AuditLog,
    private readonly blobs: BlobStore,
    private readonly transactions: Transactions,
  ) {}

  /** `kind` as the path gave it: one that is not ours answers 404 like an unknown id. */
  async preview(actor: ErasureActor, kind: string, id: string): Promise<ErasurePreview> {
    const loaded = await this.loader.load(actor.workspaceId, kind, id);
    this.refuseErpLinked(actor, loaded);
    const { plan } = await this.planner.plan(loaded.subject.table, loaded.row, actor.workspaceId);
    return {
      kind: loaded.subject.kind,
      id,
      label: loaded.subject.label(loaded.row),
      confirmation: loaded.subject.confirmation(loaded.row),
      counts: plan.counts(),
      documents: this.documentsOf(plan).length,
    };
  }

  /**
   * `confirmation` null: the ERP's or the retention job's, with nobody to type it. `alongside`
   * runs in the erasure's transaction, for a caller's own record of it (the retention job's audit
   * event): a crash right after the commit then never leaves one without the other.
   */
  async erase(
    actor: ErasureActor,
    kind: string,
    id: string,
    confirmation: string | null,
    alongside?: () => Promise<void>,
  ): Promise<ErasureResult> {
    const tombstone = await this.transactions.run(async () => {
      const loaded = await this.loader.load(actor.workspaceId, kind, id);
      if (confirmation !== null) this.checkConfirmation(loaded, confirmation);
      this.refuseErpLinked(actor, loaded);
      const { plan, contacts } = await this.planner.plan(
        loaded.subject.table,
        loaded.row,
        actor.workspaceId,
      );
      const saved = await this.tombstones.add({
        workspaceId: actor.workspaceId,
        subjectKind: loaded.subject.kind,
        origin: actor.origin,
        erasedBy: actor.accountId,
        counts: plan.counts(),
        emailHashes: contacts.emails.map((e) => this.fingerprints.email(actor.workspaceId, e)),
        phoneHashes: contacts.phones.map((p) => this.fingerprints.phone(actor.workspaceId, p)),
        pendingBlobs: this.documentsOf(plan).map((d) => d.storageKey),
      });
      await this.execution.apply(plan);
      await this.audit.record({
        kind: AuditEventKind.PersonalDataErased,
        outcome: 'success',
        workspaceId: actor.workspaceId,
        actorId: actor.accountId,
        targetIds: { tombstoneId: saved.id },
        ip: actor.ip,
      });
      await this.notices.announce(saved);
      await alongside?.();
      return saved;
    });
    await this.deleteBlobs(tombstone);
    return {
      tombstoneId: tombstone.id,
      erasedAt: tombstone.erasedAt.toISOString(),
      counts: tombstone.counts,
      documents: tombstone.pendingBlobs.length,
    };
  }

  /** Deletes the blobs of erasures a crash interrupted after their commit; how many tombstones. */
  async finishInterrupted(): Promise<number> {
    const pending = await this.tombstones.withPendingBlobs(100);
    for (const tombstone of pending) await this.deleteBlobs(tombstone);
    return pending.length;
  }

  private async deleteBlobs(tombstone: Pick<ErasureTombstone, 'id' | 'pendingBlobs'>) {
    if (tombstone.pendingBlobs.length === 0) return;
    try {
      for (const key of tombstone.pendingBlobs) await this.blobs.delete(key);
      await this.tombstones.clearPendingBlobs(tombstone.id);
    } catch (error) {
      // Unreadable already (their keys are gone); the next sweep deletes them.
      this.logger.warn(`erasure ${tombstone.id}: blobs left for the sweep: ${String(error)}`);
    }
  }

  private documentsOf(plan: ErasurePlan) {
    const registry = this.repository.registry();
    return plan
      .all()
      .filter((p) => p.action !== 'detach' && holdsDocuments(registry.entity(p.table)))
      .map(documentOf);
  }

  private checkConfirmation(loaded: LoadedSubject, typed: string): void {
    const expected = loaded.subject.confirmation(loaded.row);
    const same = (a: string) => a.trim().normalize('NFC').toLocaleLowerCase('fr');
    if (!expected || same(typed) !== same(expected)) {
      throw new AppError(
        GdprErrorCode.WrongConfirmation,
        'The confirmation does not match: type exactly what the preview shows',
        { confirmation: ['mismatch'] },
      );
    }
  }

  /** The ERP is the master of its third parties: Guichet erases them only when the ERP says so. */
  private refuseErpLinked(actor: ErasureActor, loaded: LoadedSubject): void {
    if (actor.origin !== 'admin') return;
    const reference = erpReferenceOf(loaded.subject, loaded.row);
    if (reference) {
      throw new AppError(
        GdprErrorCode.ErpLinked,
        `This company is linked to the ERP third party ${reference}: erase it in the ERP; ` +
          'the erasure then comes back to Guichet and erases this company and its third party.',
        { erpReference: [reference] },
      );
    }
  }
}
