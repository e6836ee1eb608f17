import type { Response } from 'supertest';
import type { ApiClient } from '../support/api-client';
import { PDF } from '../support/parcels';
import type { LiveRoute } from './route-table';

/** The CRM's (GDPR-1): every sub-record kind, opt-out, target group, and the ERP's calls. */
const CRM_SUB_RECORD_BODIES: Record<string, object> = {
  addresses: { line1: '1 rue', city: 'Lyon' },
  phones: { number: '0102030405' },
  emails: { address: 'matrice@example.test' },
  remarks: { text: 'Rappeler le matin' },
  communications: {
    direction: 'to-person',
    channel: 'phone',
    occurredAt: '2026-01-05T10:00:00Z',
    subject: 'Appel',
  },
  opportunities: { title: 'Audit' },
};
const CRM_BODIES: Record<string, () => object> = {
  ...Object.fromEntries(
    Object.entries(CRM_SUB_RECORD_BODIES).flatMap(([kind, body]) => [
      [`POST /api/crm/:owner/:id/${kind}`, () => body],
      [`PUT /api/crm/:owner/:id/${kind}/:itemId`, () => body],
    ]),
  ),
  'PATCH /api/crm/companies/:id': () => ({ name: 'Matrice' }),
  'PATCH /api/crm/contacts/:id': () => ({ lastName: 'Matrice' }),
  'PATCH /api/crm/leads/:id': () => ({ lastName: 'Matrice' }),
  'PUT /api/crm/:owner/:id/marketing-opt-out': () => ({ optedOut: true }),
  'PUT /api/crm/target-groups/:id': () => ({ name: 'Matrice', entity: 'lead', criteria: {} }),
  'PUT /api/integration/crm/third-parties/:reference': () => ({ name: 'Tiers matrice' }),
  'PUT /api/integration/crm/third-parties/:reference/marketing-opt-out': () => ({
    optedOut: true,
  }),
};

/**
 * Well-formed bodies for the routes that take one, so that a refusal is about who asks, not
 * about what they sent (validation runs after the guards but before the service looks the id up).
 */
const VALID_BODIES: Record<string, () => object> = {
  'PATCH /api/parcels/:id': () => ({ expiresAt: new Date(Date.now() + 86_400_000).toISOString() }),
  'PUT /api/admin/accounts/:id/account-manager': () => ({ accountManagerId: null }),
  'POST /api/m/:token/session': () => ({ code: '123456' }),
  // A typed confirmation that matches nobody, and a reference no record holds: nothing is erased.
  'POST /api/admin/gdpr/:kind/:id/erasure': () => ({ confirmation: 'pas la bonne' }),
  'POST /api/integration/erasures': () => ({ externalReference: 'C-INCONNU' }),
  ...CRM_BODIES,
};

/** The path with each `:param` replaced by the given value. */
export function fillPath(route: LiveRoute, values: Record<string, string>): string {
  return route.path.replace(/:(\w+)/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${route.key}: no value for :${name}`);
    return encodeURIComponent(value);
  });
}

/** Calls a route as a browser-like client, with a valid body where one is needed. */
export function callRoute(
  client: ApiClient,
  route: LiveRoute,
  path: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  const request = client[method](path);
  for (const [name, value] of Object.entries(headers)) request.set(name, value);
  if (route.multipart) return request.attach('file', PDF, 'matrice.pdf').then((r) => r);
  const body = VALID_BODIES[route.key];
  if (body) return request.send(body()).then((r) => r);
  return request.then((r) => r);
}
