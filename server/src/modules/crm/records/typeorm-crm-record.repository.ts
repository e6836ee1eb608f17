import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../../core/database/entity-manager-context';
import type { CrmOwner } from '../crm-owner';
import { ownerTable } from '../crm-owner';
import { OPT_OUT_SQL, type OptOutColumns, optOutOf } from '../crm-sql';
import { CrmCompanyEntity } from '../entities/crm-company.entity';
import { CrmContactEntity } from '../entities/crm-contact.entity';
import { CrmLeadEntity } from '../entities/crm-lead.entity';
import { CrmRecordRepository } from './crm-record.repository';
import type {
  CompanyRecord,
  ContactRecord,
  ContactValues,
  LeadRecord,
  LeadValues,
  OptOutChange,
} from './crm-records';

interface Stamps {
  created_at: Date;
  updated_at: Date;
}

type CompanyRow = OptOutColumns &
  Stamps & { id: string; name: string; erp_reference: string | null };

type PersonRow = OptOutColumns &
  Stamps & {
    id: string;
    civility: ContactRecord['civility'];
    first_name: string | null;
    last_name: string;
    job_title: string | null;
  };

const person = (row: PersonRow) => ({
  id: row.id,
  civility: row.civility,
  firstName: row.first_name,
  lastName: row.last_name,
  jobTitle: row.job_title,
  marketingOptOut: optOutOf(row),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toCompany = (row: CompanyRow): CompanyRecord => ({
  id: row.id,
  name: row.name,
  erpReference: row.erp_reference,
  marketingOptOut: optOutOf(row),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const optOutColumns = (change: OptOutChange) => ({
  marketingOptOut: change !== null,
  marketingOptOutSource: change?.source ?? null,
  marketingOptOutAt: change?.at ?? null,
  marketingOptOutBy: change?.by ?? null,
});

@Injectable()
export class TypeOrmCrmRecordRepository extends CrmRecordRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async company(workspaceId: string, id: string): Promise<CompanyRecord | null> {
    const [row] = await this.query<CompanyRow>(
      `SELECT x.id, x.name, x.erp_reference, x.created_at, x.updated_at, ${OPT_OUT_SQL}
         FROM crm_company x WHERE x.workspace_id = $1 AND x.id = $2`,
      [workspaceId, id],
    );
    return row ? toCompany(row) : null;
  }

  async companyByErpReference(
    workspaceId: string,
    reference: string,
  ): Promise<CompanyRecord | null> {
    const [row] = await this.query<CompanyRow>(
      `SELECT x.id, x.name, x.erp_reference, x.created_at, x.updated_at, ${OPT_OUT_SQL}
         FROM crm_company x WHERE x.workspace_id = $1 AND x.erp_reference = $2`,
      [workspaceId, reference],
    );
    return row ? toCompany(row) : null;
  }

  async lockErpReference(workspaceId: string, reference: string): Promise<void> {
    await this.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `crm-erp-reference:${workspaceId}:${reference}`,
    ]);
  }

  async contact(workspaceId: string, id: string): Promise<ContactRecord | null> {
    const [row] = await this.query<
      PersonRow & { company_id: string | null; company_name: string | null }
    >(
      `SELECT x.id, x.civility, x.first_name, x.last_name, x.job_title, x.created_at, x.updated_at,
              x.company_id, c.name AS company_name, ${OPT_OUT_SQL}
         FROM crm_contact x LEFT JOIN crm_company c ON c.id = x.company_id
        WHERE x.workspace_id = $1 AND x.id = $2`,
      [workspaceId, id],
    );
    if (!row) return null;
    const company = row.company_id ? { id: row.company_id, name: row.company_name ?? '' } : null;
    return { ...person(row), company };
  }

  async lead(workspaceId: string, id: string): Promise<LeadRecord | null> {
    const [row] = await this.query<
      PersonRow & Pick<LeadRecord, 'status'> & { company_name: string | null }
    >(
      `SELECT x.id, x.civility, x.first_name, x.last_name, x.job_title, x.company_name, x.status,
              x.created_at, x.updated_at, ${OPT_OUT_SQL}
         FROM crm_lead x WHERE x.workspace_id = $1 AND x.id = $2`,
      [workspaceId, id],
    );
    return row ? { ...person(row), companyName: row.company_name, status: row.status } : null;
  }

  async insertCompany(
    workspaceId: string,
    values: { name: string; erpReference: string | null },
  ): Promise<string> {
    const result = await this.manager()
      .getRepository(CrmCompanyEntity)
      .insert({ workspaceId, ...values });
    return (result.identifiers[0] as { id: string }).id;
  }

  async updateCompany(workspaceId: string, id: string, values: { name: string }): Promise<void> {
    await this.manager().getRepository(CrmCompanyEntity).update({ workspaceId, id }, values);
  }

  async insertContact(workspaceId: string, values: ContactValues): Promise<string> {
    const result = await this.manager()
      .getRepository(CrmContactEntity)
      .insert({ workspaceId, ...values });
    return (result.identifiers[0] as { id: string }).id;
  }

  async updateContact(workspaceId: string, id: string, values: ContactValues): Promise<void> {
    await this.manager().getRepository(CrmContactEntity).update({ workspaceId, id }, values);
  }

  async insertLead(workspaceId: string, values: LeadValues): Promise<string> {
    const result = await this.manager()
      .getRepository(CrmLeadEntity)
      .insert({ workspaceId, ...values });
    return (result.identifiers[0] as { id: string }).id;
  }

  async updateLead(workspaceId: string, id: string, values: LeadValues): Promise<void> {
    await this.manager().getRepository(CrmLeadEntity).update({ workspaceId, id }, values);
  }

  async delete(owner: CrmOwner): Promise<boolean> {
    const count = await this.affected(
      `DELETE FROM ${ownerTable(owner.kind)} WHERE workspace_id = $1 AND id = $2`,
      [owner.workspaceId, owner.id],
    );
    return count > 0;
  }

  async exists(owner: CrmOwner, lock = false): Promise<boolean> {
    const rows = await this.query(
      `SELECT 1 FROM ${ownerTable(owner.kind)} WHERE workspace_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
      [owner.workspaceId, owner.id],
    );
    return rows.length > 0;
  }

  async setOptOut(owner: CrmOwner, change: OptOutChange): Promise<void> {
    const entity = { company: CrmCompanyEntity, contact: CrmContactEntity, lead: CrmLeadEntity }[
      owner.kind
    ];
    await this.manager()
      .getRepository(entity)
      .update({ workspaceId: owner.workspaceId, id: owner.id }, optOutColumns(change));
  }

  async cascadeOptOutToContacts(
    workspaceId: string,
    companyId: string,
    change: NonNullable<OptOutChange>,
  ): Promise<number> {
    return this.affected(
      `UPDATE crm_contact SET marketing_opt_out = true, marketing_opt_out_source = 'company',
              marketing_opt_out_at = $3, marketing_opt_out_by = $4, updated_at = now()
        WHERE workspace_id = $1 AND company_id = $2 AND NOT marketing_opt_out`,
      [workspaceId, companyId, change.at, change.by],
    );
  }

  async liftCascadedOptOuts(workspaceId: string, companyId: string): Promise<number> {
    return this.affected(
      `UPDATE crm_contact SET marketing_opt_out = false, marketing_opt_out_source = NULL,
              marketing_opt_out_at = NULL, marketing_opt_out_by = NULL, updated_at = now()
        WHERE workspace_id = $1 AND company_id = $2 AND marketing_opt_out
          AND marketing_opt_out_source = 'company'`,
      [workspaceId, companyId],
    );
  }

  private manager() {
    return this.context.manager();
  }

  /** Rows changed by an UPDATE or DELETE (TypeORM answers them as `[rows, count]`). */
  private async affected(sql: string, params: unknown[]): Promise<number> {
    const [, count] = (await this.manager().query(sql, params)) as [unknown, number];
    return count;
  }

  private query<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> {
    return this.manager().query(sql, params) as Promise<T[]>;
  }
}
