import { Check, Column, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ErasedWith } from '../../../core/privacy/personal-data';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';
import { CrmCompanyEntity } from './crm-company.entity';
import { CrmContactEntity } from './crm-contact.entity';
import { CrmLeadEntity } from './crm-lead.entity';

/** The fields every sub-record shares: its id, workspace and the one record it hangs off. */
export abstract class CrmOwnedRow {
  id!: string;
  workspaceId!: string;
  workspace?: WorkspaceEntity;
  companyId!: string | null;
  company?: CrmCompanyEntity;
  contactId!: string | null;
  contact?: CrmContactEntity;
  leadId!: string | null;
  lead?: CrmLeadEntity;
}

const OWNERS = [
  ['company', () => CrmCompanyEntity],
  ['contact', () => CrmContactEntity],
  ['lead', () => CrmLeadEntity],
] as const;

/**
 * Maps {@link CrmOwnedRow}'s fields on the sub-record entity of `table`: exactly one of company,
 * contact or lead (CHECK), deleted with it (ON DELETE CASCADE), and — for the personal-data
 * registry — deleted when it is erased. Declared on each entity rather than inherited, since
 * constraint names and registry declarations belong to one table.
 */
export function OwnedByCrmRecord(table: string): ClassDecorator {
  return (target) => {
    const row = target.prototype as object;
    PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: `PK_${table}` })(row, 'id');
    Column({ name: 'workspace_id', type: 'uuid' })(row, 'workspaceId');
    ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })(row, 'workspace');
    JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: `FK_${table}_workspace` })(
      row,
      'workspace',
    );
    for (const [kind, entity] of OWNERS) {
      Column({ name: `${kind}_id`, type: 'uuid', nullable: true })(row, `${kind}Id`);
      ErasedWith('delete')(row, kind);
      ManyToOne(entity, { onDelete: 'CASCADE' })(row, kind);
      JoinColumn({ name: `${kind}_id`, foreignKeyConstraintName: `FK_${table}_${kind}` })(
        row,
        kind,
      );
      Index(`IDX_${table}_${kind}`, [`${kind}Id`])(target);
    }
    Check(`CHK_${table}_owner`, `num_nonnulls("company_id", "contact_id", "lead_id") = 1`)(target);
  };
}
