import type { EntityManager } from 'typeorm';
import type { DemoCrm, DemoReach } from './demo-crm';

type Owner = { column: 'company_id' | 'contact_id' | 'lead_id'; id: string };

/**
 * Writes the demo CRM of one workspace in the seeding transaction, with plain SQL: the demo data
 * must not depend on the CRM module's services, only on its tables.
 */
export async function writeDemoCrm(
  manager: EntityManager,
  workspaceId: string,
  authorId: string | null,
  crm: DemoCrm,
): Promise<void> {
  const insert = async (table: string, values: Record<string, unknown>): Promise<string> => {
    const columns = Object.keys(values);
    const rows = (await manager.query(
      `INSERT INTO ${table} (workspace_id, ${columns.join(', ')})
       VALUES ($1, ${columns.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING id`,
      [workspaceId, ...Object.values(values)],
    )) as { id: string }[];
    return rows[0]!.id;
  };
  const reach = async (owner: Owner, { email, phone, address }: DemoReach) => {
    if (email) await insert('crm_email', { [owner.column]: owner.id, address: email });
    if (phone) await insert('crm_phone', { [owner.column]: owner.id, number: phone });
    if (address) {
      await insert('crm_address', {
        [owner.column]: owner.id,
        line1: address.line1,
        postal_code: address.postalCode,
        city: address.city,
      });
    }
  };
  const optOut = (source: string | undefined) =>
    source
      ? {
          marketing_opt_out: true,
          marketing_opt_out_source: source,
          marketing_opt_out_at: new Date(),
        }
      : {};
  const remark = async (owner: Owner, text: string | undefined) => {
    if (text) await insert('crm_remark', { [owner.column]: owner.id, text, author_id: authorId });
  };

  for (const { contacts, ...company } of crm.companies) {
    const companyId = await insert('crm_company', {
      name: company.name,
      erp_reference: company.erpReference ?? null,
      ...optOut(company.optedOut),
    });
    const owner: Owner = { column: 'company_id', id: companyId };
    await reach(owner, company);
    if (company.opportunity) {
      await insert('crm_opportunity', {
        company_id: companyId,
        title: company.opportunity.title,
        amount_cents: company.opportunity.amountCents,
      });
    }
    if (company.lastCallDaysAgo !== undefined) {
      await insert('crm_communication', {
        company_id: companyId,
        direction: 'from-person',
        channel: 'phone',
        occurred_at: new Date(Date.now() - company.lastCallDaysAgo * 86_400_000),
        subject: 'Demande de rendez-vous',
      });
    }
    for (const person of contacts) {
      const contactId = await insert('crm_contact', {
        company_id: companyId,
        civility: person.civility,
        first_name: person.firstName,
        last_name: person.lastName,
        job_title: person.jobTitle ?? null,
        // The company's opt-out reaches its contacts (GDPR-1), unless they opted out themselves.
        ...optOut(person.optedOut ? 'self' : company.optedOut ? 'company' : undefined),
      });
      await reach({ column: 'contact_id', id: contactId }, person);
      await remark({ column: 'contact_id', id: contactId }, person.remark);
    }
  }
  for (const lead of crm.leads) {
    const leadId = await insert('crm_lead', {
      civility: lead.civility,
      first_name: lead.firstName,
      last_name: lead.lastName,
      company_name: lead.companyName,
      status: lead.status,
      ...optOut(lead.optedOut ? 'self' : undefined),
    });
    await reach({ column: 'lead_id', id: leadId }, lead);
    await remark({ column: 'lead_id', id: leadId }, lead.remark);
  }
}
