import { Injectable } from '@nestjs/common';
import type { IdentityFlowStep } from '@guichet/contracts';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import { IdentityFlowEntity } from './entities/identity-flow.entity';
import type { IdentityFlow, IdentityFlowData, NewIdentityFlow } from './identity-flow';
import { IdentityFlowRepository } from './identity-flow.repository';

const toFlow = ({
  tokenHash: _hash,
  createdAt: _created,
  account: _account,
  workspace: _workspace,
  ...flow
}: IdentityFlowEntity): IdentityFlow => flow;

@Injectable()
export class TypeOrmIdentityFlowRepository extends IdentityFlowRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async add(flow: NewIdentityFlow): Promise<IdentityFlow> {
    const saved = await this.flows().save(this.flows().create(flow));
    return toFlow(saved);
  }

  async findByTokenHash(tokenHash: Buffer): Promise<IdentityFlow | null> {
    const found = await this.flows().findOneBy({ tokenHash });
    return found && toFlow(found);
  }

  async removeByTokenHash(tokenHash: Buffer): Promise<void> {
    await this.flows().delete({ tokenHash });
  }

  async advance(
    id: string,
    from: IdentityFlowStep,
    to: IdentityFlowStep,
    data: IdentityFlowData,
  ): Promise<boolean> {
    const result = (await this.context.manager().query(
      `UPDATE identity_flow SET step = $3, data = data || $4::jsonb
        WHERE id = $1 AND step = $2 AND ended_at IS NULL AND expires_at > now()`,
      [id, from, to, JSON.stringify(data)],
    )) as [unknown, number];
    return result[1] > 0;
  }

  async countWrongCode(id: string): Promise<number | null> {
    const [rows] = (await this.context.manager().query(
      `UPDATE identity_flow SET attempts = attempts + 1
        WHERE id = $1 AND ended_at IS NULL RETURNING attempts`,
      [id],
    )) as [{ attempts: number }[], number];
    return rows[0]?.attempts ?? null;
  }

  async end(id: string): Promise<void> {
    await this.context
      .manager()
      .query('UPDATE identity_flow SET ended_at = now() WHERE id = $1 AND ended_at IS NULL', [id]);
  }

  async purgeExpired(limit: number): Promise<number> {
    const result = (await this.context.manager().query(
      `DELETE FROM identity_flow WHERE id IN (
         SELECT id FROM identity_flow WHERE expires_at < now() - interval '1 day' LIMIT $1)`,
      [limit],
    )) as [unknown, number];
    return result[1];
  }

  private flows() {
    return this.context.manager().getRepository(IdentityFlowEntity);
  }
}
