import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import { PasswordPolicyEntity } from './entities/password-policy.entity';
import { type PolicyChange, PasswordPolicyRepository } from './password-policy.repository';
import type { WorkspacePolicy } from './workspace-password-policy';

const toPolicy = (row: PasswordPolicyEntity): WorkspacePolicy => ({
  mode: row.mode,
  rules: {
    preset: row.preset,
    minLength: row.minLength,
    maxLength: row.maxLength,
    requiredClasses: row.requiredClasses as WorkspacePolicy['rules']['requiredClasses'],
    minEntropyBits: row.minEntropyBits,
    minScore: row.minScore as WorkspacePolicy['rules']['minScore'],
    blockList: row.blockList,
    historySize: row.historySize,
    maxAgeDays: row.maxAgeDays,
    minLengthWithSecondFactor: row.minLengthWithSecondFactor,
  },
  version: row.version,
  updatedAt: row.updatedAt,
  updatedBy: row.updatedBy,
});

@Injectable()
export class TypeOrmPasswordPolicyRepository extends PasswordPolicyRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async find(workspaceId: string): Promise<WorkspacePolicy | null> {
    const row = await this.policies().findOneBy({ workspaceId });
    return row && toPolicy(row);
  }

  async save(change: PolicyChange): Promise<WorkspacePolicy> {
    const { rules } = change;
    const bump = change.rulesChanged ? 1 : 0;
    // One statement: of two admins saving at once, each bump counts.
    await this.context.manager().query(
      `INSERT INTO password_policy AS p
              (workspace_id, mode, preset, min_length, max_length, required_classes,
               min_entropy_bits, min_score, block_list, history_size, max_age_days,
               min_length_with_second_factor, version, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1 + $13, now(), $14)
       ON CONFLICT (workspace_id) DO UPDATE
          SET mode = EXCLUDED.mode, preset = EXCLUDED.preset, min_length = EXCLUDED.min_length,
              max_length = EXCLUDED.max_length, required_classes = EXCLUDED.required_classes,
              min_entropy_bits = EXCLUDED.min_entropy_bits, min_score = EXCLUDED.min_score,
              block_list = EXCLUDED.block_list, history_size = EXCLUDED.history_size,
              max_age_days = EXCLUDED.max_age_days,
              min_length_with_second_factor = EXCLUDED.min_length_with_second_factor,
              version = p.version + $13, updated_at = now(), updated_by = EXCLUDED.updated_by`,
      [
        change.workspaceId,
        change.mode,
        rules.preset,
        rules.minLength,
        rules.maxLength,
        rules.requiredClasses,
        rules.minEntropyBits,
        rules.minScore,
        rules.blockList,
        rules.historySize,
        rules.maxAgeDays,
        rules.minLengthWithSecondFactor,
        bump,
        change.updatedBy,
      ],
    );
    return toPolicy(await this.policies().findOneByOrFail({ workspaceId: change.workspaceId }));
  }

  private policies() {
    return this.context.manager().getRepository(PasswordPolicyEntity);
  }
}
