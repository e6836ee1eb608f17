import { Injectable } from '@nestjs/common';
import type {
  CrmCompanySummary,
  CrmContactSummary,
  CrmLeadSummary,
  CrmTargetMember,
} from '@guichet/contracts';
import { EntityManagerContext } from '../../../core/database/entity-manager-context';
import { headlineSql, nameSql, OPT_OUT_SQL, type OptOutColumns, optOutOf } from '../crm-sql';
import { criteriaSql, kindOf } from './crm-criteria-sql';
import { type CrmSearch, CrmSearchRepository, type Found } from './crm-search.repository';

interface Headline {
  email: string | null;
  phone: string | null;
  city: string | null;
}

type Counted<T> = T & { total: number };

@Injectable()
export class TypeOrmCrmSearchRepository extends CrmSearchRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async companies(search: CrmSearch): Promise<Found<CrmCompanySummary>> {
    type Row = Counted<
      OptOutColumns &
        Headline & { id: string; name: string; erp_reference: string | null; contacts: number }
    >;
    const rows = await this.find<Row>(
      search,
      `x.id, x.name, x.erp_reference,
       (SELECT count(*)::int FROM crm_contact k WHERE k.company_id = x.id) AS contacts`,
    );
    return this.found(rows, (row) => ({
      id: row.id,
      name: row.name,
      erpReference: row.erp_reference,
      marketingOptOut: optOutOf(row),
      contactCount: row.contacts,
      email: row.email,
      phone: row.phone,
      city: row.city,
    }));
  }

  async contacts(search: CrmSearch): Promise<Found<CrmContactSummary>> {
    type Row = Counted<
      OptOutColumns &
        Headline &
        PersonColumns & { company_id: string | null; company_name: string | null }
    >;
    const rows = await this.find<Row>(
      search,
      `${PERSON_COLUMNS}, x.company_id,
       (SELECT c.name FROM crm_company c WHERE c.id = x.company_id) AS company_name`,
    );
    return this.found(rows, (row) => ({
      ...personOf(row),
      company: row.company_id ? { id: row.company_id, name: row.company_name ?? '' } : null,
    }));
  }

  async leads(search: CrmSearch): Promise<Found<CrmLeadSummary>> {
    type Row = Counted<
      OptOutColumns &
        Headline &
        PersonColumns & { company_name: string | null; status: CrmLeadSummary['status'] }
    >;
    const rows = await this.find<Row>(search, `${PERSON_COLUMNS}, x.company_name, x.status`);
    return this.found(rows, (row) => ({
      ...personOf(row),
      companyName: row.company_name,
      status: row.status,
    }));
  }

  async members(search: CrmSearch): Promise<Found<CrmTargetMember>> {
    type Row = Counted<OptOutColumns & Headline & { id: string; name: string }>;
    const rows = await this.find<Row>(search, `x.id, ${nameSql(kindOf(search.entity))} AS name`);
    return this.found(rows, (row) => ({
      id: row.id,
      entity: search.entity,
      name: row.name,
      email: row.email,
      phone: row.phone,
      city: row.city,
    }));
  }

  /** One page of the search with its headline, opt-out and the total count of matches. */
  private find<T>(search: CrmSearch, columns: string): Promise<T[]> {
    const params: unknown[] = [search.workspaceId];
    const bind = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const kind = kindOf(search.entity);
    const where = criteriaSql(search.entity, search.criteria, search.excludeOptedOut, bind);
    const sql = `SELECT ${columns}, ${headlineSql(kind)}, ${OPT_OUT_SQL}, count(*) OVER ()::int AS total
      FROM crm_${kind} x WHERE ${where.join(' AND ')}
      ORDER BY lower(${nameSql(kind)}), x.id LIMIT ${bind(search.limit)} OFFSET ${bind(search.offset)}`;
    return this.context.manager().query(sql, params) as Promise<T[]>;
  }

  private found<R extends { total: number }, T>(rows: R[], map: (row: R) => T): Found<T> {
    return { items: rows.map(map), total: rows[0]?.total ?? 0 };
  }
}

interface PersonColumns {
  id: string;
  civility: CrmContactSummary['civility'];
  first_name: string | null;
  last_name: string;
  job_title: string | null;
}

const PERSON_COLUMNS = 'x.id, x.civility, x.first_name, x.last_name, x.job_title';

function personOf(row: PersonColumns & OptOutColumns & Headline) {
  return {
    id: row.id,
    civility: row.civility,
    firstName: row.first_name,
    lastName: row.last_name,
    jobTitle: row.job_title,
    marketingOptOut: optOutOf(row),
    email: row.email,
    phone: row.phone,
    city: row.city,
  };
}
