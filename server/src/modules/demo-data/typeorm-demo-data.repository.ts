import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@guichet/contracts';
import { DEFAULT_PASSWORD_POLICY } from '@guichet/password-policy';
import { AccountEntity } from '../accounts/entities/account.entity';
import { PasswordPolicyEntity } from '../password-policy/entities/password-policy.entity';
import { WorkspaceEntity } from '../workspaces/entities/workspace.entity';
import { DemoDataRepository, type NewDemoWorkspace } from './demo-data.repository';
import { writeDemoCrm } from './typeorm-demo-crm.repository';

/** Advisory lock key of the demo seeding (any constant unique among the app's locks). */
const DEMO_SEED_LOCK = 7_001;

@Injectable()
export class TypeOrmDemoDataRepository extends DemoDataRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async isEmpty(): Promise<boolean> {
    return !(await this.dataSource.getRepository(WorkspaceEntity).exists());
  }

  async insertIfEmpty(workspaces: NewDemoWorkspace[]): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_SEED_LOCK]);
      if (await manager.getRepository(WorkspaceEntity).exists()) return false;
      for (const { accounts, passwordPolicyMode, crm, ...fields } of workspaces) {
        const workspace = await manager.save(
          WorkspaceEntity,
          manager.create(WorkspaceEntity, fields),
        );
        await manager.insert(PasswordPolicyEntity, {
          ...DEFAULT_PASSWORD_POLICY,
          workspaceId: workspace.id,
          mode: passwordPolicyMode,
        });
        const idByAccessCode = new Map<string, string>();
        // Managers first, so that their clients can point to them.
        const ordered = [...accounts].sort((a, b) => Number(!!a.managedBy) - Number(!!b.managedBy));
        for (const { managedBy, ...account } of ordered) {
          const saved = await manager.save(
            AccountEntity,
            manager.create(AccountEntity, {
              ...account,
              workspaceId: workspace.id,
              passwordSetAt: account.passwordHash ? new Date() : null,
              accountManagerId: managedBy ? (idByAccessCode.get(managedBy) ?? null) : null,
            }),
          );
          idByAccessCode.set(saved.accessCode, saved.id);
        }
        if (crm) {
          const author = ordered.find((a) => a.role !== Role.Client)?.accessCode;
          await writeDemoCrm(manager, workspace.id, idByAccessCode.get(author ?? '') ?? null, crm);
        }
      }
      return true;
    });
  }
}
