import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import { PasswordSetLinkEntity } from './entities/password-set-link.entity';
import type { NewPasswordSetLink, PasswordSetLink } from './password-set-link';
import { PasswordSetLinkRepository } from './password-set-link.repository';

const toLink = ({ tokenHash: _hash, createdAt: _created, ...link }: PasswordSetLinkEntity) =>
  link as PasswordSetLink;

@Injectable()
export class TypeOrmPasswordSetLinkRepository extends PasswordSetLinkRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async replace(link: NewPasswordSetLink): Promise<string> {
    return this.context.run(async () => {
      await this.voidAllOf(link.accountId);
      const result = await this.links().insert(link);
      return String(result.identifiers[0]!.id);
    });
  }

  async findByTokenHash(tokenHash: Buffer): Promise<PasswordSetLink | null> {
    const found = await this.links().findOneBy({ tokenHash });
    return found && toLink(found);
  }

  async markUsed(id: string): Promise<boolean> {
    // One conditional statement: of two concurrent uses, only one finds the link still unused.
    const rows = (await this.context.manager().query(
      `UPDATE password_set_link SET used_at = now()
        WHERE id = $1 AND used_at IS NULL AND voided_at IS NULL AND expires_at > now()
        RETURNING id`,
      [id],
    )) as [unknown[], number];
    return rows[1] > 0;
  }

  async voidAllOf(accountId: string): Promise<void> {
    await this.context.manager().query(
      `UPDATE password_set_link SET voided_at = now()
          WHERE account_id = $1 AND used_at IS NULL AND voided_at IS NULL`,
      [accountId],
    );
  }

  async countSince(accountId: string, since: Date): Promise<number> {
    const [row] = (await this.context.manager().query(
      `SELECT count(*)::int AS count FROM password_set_link
          WHERE account_id = $1 AND created_at >= $2`,
      [accountId, since],
    )) as { count: number }[];
    return row?.count ?? 0;
  }

  private links() {
    return this.context.manager().getRepository(PasswordSetLinkEntity);
  }
}
