import type { CrmCompanyDetail, CrmContactDetail, CrmLeadDetail } from '@guichet/contracts';
import type { ApiClient } from './api-client';

/** POSTs and fails the test with the server's answer unless it gave `status`. */
export async function postOk<T>(
  client: ApiClient,
  path: string,
  body: object,
  status = 201,
): Promise<T> {
  const response = await client.post(path).send(body);
  if (response.status !== status) {
    throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body as T;
}

export const createCompany = (client: ApiClient, name: string) =>
  postOk<CrmCompanyDetail>(client, '/api/crm/companies', { name });

export const createContact = (
  client: ApiClient,
  body: { lastName: string; firstName?: string; companyId?: string },
) => postOk<CrmContactDetail>(client, '/api/crm/contacts', body);

export const createLead = (
  client: ApiClient,
  body: { lastName: string; firstName?: string; companyName?: string },
) => postOk<CrmLeadDetail>(client, '/api/crm/leads', body);

/** Sets or lifts an opt-out as the record page's checkbox does. */
export async function setOptOut(
  client: ApiClient,
  owner: 'companies' | 'contacts' | 'leads',
  id: string,
  optedOut: boolean,
): Promise<void> {
  await client.put(`/api/crm/${owner}/${id}/marketing-opt-out`).send({ optedOut }).expect(200);
}
