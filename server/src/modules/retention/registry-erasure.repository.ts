import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import { PersonalDataRegistry } from '../../core/privacy/personal-data-registry';

/** Relations are followed at most this deep (account → parcel → document → download is 3). */
const MAX_DEPTH = 6;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * INTERIM (GDPR-5 until the erasure engine of branch issue9-erasure is merged): erases rows and
 * what hangs off them by reading the personal-data registry alone. Dependents first, following
 * each `@ErasedWith` relation (`delete` deletes, `erase` applies the row's column rules,
 * `detach` nulls the foreign key); then the rows themselves: deleted when a personal column says
 * `delete-row`, otherwise their personal columns nulled or set to their fixed value.
 * Blobs are not the database's: the storage keys of erased documents are returned for the
 * caller to delete once the transaction has committed.
 */
@Injectable()
export class RegistryErasureRepository {
  constructor(
    private readonly context: EntityManagerContext,
    private readonly registry: PersonalDataRegistry,
  ) {}

  /** Erases the rows of `table` whose id is in `ids`; call inside `Transactions.run`. */
  async eraseByIds(table: string, ids: string[]): Promise<string[]> {
    const [primaryKey] = this.registry.entity(table).primaryKey;
    return this.erase(table, `${quote(primaryKey!)} = ANY($1)`, [ids], 'erase', 0);
  }

  private async erase(
    table: string,
    where: string,
    parameters: unknown[],
    mode: 'delete' | 'erase',
    depth: number,
  ): Promise<string[]> {
    if (depth > MAX_DEPTH)
      throw new Error(`Erasure cascades deeper than ${MAX_DEPTH} from ${table}`);
    const entity = this.registry.entity(table);
    const manager = this.context.manager();
    const blobKeys: string[] = [];
    for (const { entity: dependent, relation } of this.registry.dependentsOf(table)) {
      const keys = relation.foreignKeyColumns.map(quote).join(', ');
      const referenced = relation.referencedColumns.map(quote).join(', ');
      const reached = `(${keys}) IN (SELECT ${referenced} FROM ${quote(table)} WHERE ${where})`;
      if (relation.cascade === 'detach') {
        const nulls = relation.foreignKeyColumns.map((c) => `${quote(c)} = NULL`).join(', ');
        await manager.query(
          `UPDATE ${quote(dependent.table)} SET ${nulls} WHERE ${reached}`,
          parameters,
        );
      } else if (dependent.table !== table) {
        const dependentMode = relation.cascade === 'delete' ? 'delete' : 'erase';
        blobKeys.push(
          ...(await this.erase(dependent.table, reached, parameters, dependentMode, depth + 1)),
        );
      }
    }
    // Documents name their blob in `storage_key`: read before the rows go.
    if (entity.columns.some((c) => c.column === 'storage_key')) {
      const rows = (await manager.query(
        `SELECT storage_key FROM ${quote(table)} WHERE ${where}`,
        parameters,
      )) as { storage_key: string }[];
      blobKeys.push(...rows.map((row) => row.storage_key));
    }
    const deletesRow = entity.personalColumns.some((c) => c.declaration.erase === 'delete-row');
    if (mode === 'delete' || deletesRow) {
      await manager.query(`DELETE FROM ${quote(table)} WHERE ${where}`, parameters);
    } else if (entity.personalColumns.length > 0) {
      const values: unknown[] = [];
      const sets = entity.personalColumns.map(({ column, declaration }) => {
        if (declaration.erase === 'null') return `${quote(column)} = NULL`;
        values.push((declaration.erase as { value: unknown }).value);
        return `${quote(column)} = $${parameters.length + values.length}`;
      });
      await manager.query(`UPDATE ${quote(table)} SET ${sets.join(', ')} WHERE ${where}`, [
        ...parameters,
        ...values,
      ]);
    }
    return blobKeys;
  }

  /**
   * Rows tied to the accounts by value rather than by a foreign key: messages and codes still
   * addressed to their e-mail or mobile, sessions and receipts of their e-mail as an external
   * recipient.
   */
  async eraseAddressedTo(workspaceId: string, accountIds: string[]): Promise<void> {
    const manager = this.context.manager();
    const addresses = `(SELECT unnest(ARRAY[email, mobile]) FROM account
                         WHERE workspace_id = $1 AND id = ANY($2))`;
    await manager.query(
      `DELETE FROM outbox_message WHERE workspace_id = $1 AND recipient IN ${addresses}`,
      [workspaceId, accountIds],
    );
    await manager.query(
      `DELETE FROM otp_challenge WHERE recipient IN ${addresses} OR subject IN
         (SELECT 'account:' || id FROM account WHERE workspace_id = $1 AND id = ANY($2))`,
      [workspaceId, accountIds],
    );
    await manager.query(
      `DELETE FROM recipient_session WHERE workspace_id = $1 AND email IN ${addresses}`,
      [workspaceId, accountIds],
    );
  }
}
