import { Injectable, Logger } from '@nestjs/common';
import { Erasure } from '../gdpr/erasure/erasure.service';

/**
 * Erases a person whose retention period is over through the erasure engine (GDPR-2): the same
 * walk of the registry, tombstone, art. 19 notices and blob deletion as an admin's erasure.
 * The tombstone's origin is `retention`, with no admin.
 */
@Injectable()
export class RetentionEraser {
  constructor(private readonly erasure: Erasure) {}

  /** `alongside` commits with the erasure or not at all (the job's own audit event). */
  async erase(
    workspaceId: string,
    kind: 'client' | 'lead',
    id: string,
    alongside: () => Promise<void>,
  ): Promise<void> {
    const actor = { workspaceId, accountId: null, origin: 'retention' } as const;
    await this.erasure.erase(actor, kind, id, null, alongside);
  }
}

const logger = new Logger('Retention');

/**
 * Erases each id in turn; one that fails is logged (by id only) and left for the next run, so
 * that it never holds back the others. Gives how many were erased.
 */
export async function eraseEach(
  ids: readonly string[],
  erase: (id: string) => Promise<void>,
): Promise<number> {
  let erased = 0;
  for (const id of ids) {
    try {
      await erase(id);
      erased++;
    } catch (error) {
      logger.warn(`Retention could not erase ${id}: ${(error as Error).message}`);
    }
  }
  return erased;
}
