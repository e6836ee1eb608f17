import { Injectable } from '@nestjs/common';
import { ERASURE_SUBJECT_KINDS, type ErasureSubjectKind, GdprErrorCode } from '@guichet/contracts';
import { AppError } from '../../../core/http/app-error';
import { subjectNotFound } from '../gdpr-errors';
import type { Row } from './erasure-plan';
import { ErasureRepository } from './erasure.repository';
import { ERASURE_SUBJECTS, type ErasureSubject } from './erasure-subjects';

/** A subject found in its workspace, with its row. */
export interface LoadedSubject {
  subject: ErasureSubject;
  row: Row;
}

/** Finds the person or company to erase or export, in the caller's workspace only. */
@Injectable()
export class ErasureSubjectLoader {
  constructor(private readonly repository: ErasureRepository) {}

  async load(workspaceId: string, kind: string, id: string): Promise<LoadedSubject> {
    if (!isSubjectKind(kind)) throw subjectNotFound();
    const subject = ERASURE_SUBJECTS[kind];
    // A CRM kind on a deployment without the CRM tables: nothing of that kind exists.
    const known = this.repository
      .registry()
      .entities()
      .some((e) => e.table === subject.table);
    if (!known) throw subjectNotFound();
    const [row] = await this.repository.find({
      table: subject.table,
      columns: ['id'],
      values: [[id]],
      workspace: { id: workspaceId },
    });
    if (!row) throw subjectNotFound();
    if (!subject.accepts(row)) {
      throw new AppError(
        GdprErrorCode.NotErasable,
        'Only client accounts are erased here; close a staff or admin account instead',
      );
    }
    return { subject, row };
  }
}

function isSubjectKind(kind: string): kind is ErasureSubjectKind {
  return (ERASURE_SUBJECT_KINDS as readonly string[]).includes(kind);
}
