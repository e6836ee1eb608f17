import type {
  AdminAccountPage,
  CreatedApiKey,
  ParcelDetail,
  SentSecureMessage,
} from '@guichet/contracts';
import { API_KEY_SCOPES, type ApiKeyScope, Role } from '@guichet/contracts';
import type { ApiClient } from '../support/api-client';
import { PDF, sendParcel, uploadOk } from '../support/parcels';
import { createWithTemporaryPassword } from '../support/password-accounts';
import { DEMO, signInOk } from '../support/sign-in';
import type { TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';
import type { ResourceKind } from './route-policy';

/** One id per kind of resource, all in one firm. */
export type ResourceIds = Record<ResourceKind, string>;

/** The callers the access-control matrix plays, and what each firm holds. */
export interface AccessWorld {
  /** Signed-in callers of the `demo` firm by role, and another client of the same firm. */
  callers: Record<Role, ApiClient> & { otherClient: ApiClient };
  anonymous: ApiClient;
  /** The admin of the other firm (`autre`). */
  otherFirmAdmin: ApiClient;
  /** Integration key secrets of `demo`: one holding every scope, one per single scope. */
  keys: { all: string; only: Record<ApiKeyScope, string> };
  /** Resources of `demo` (the callers' firm) and of `autre`. */
  own: ResourceIds;
  otherFirm: ResourceIds;
  /** Who of each firm may see each kind: the "control" that proves the ids are real. */
  ownerOf(kind: ResourceKind, firm: 'own' | 'otherFirm'): ApiClient | undefined;
  /** Signed-in `demo` callers who are no party to the `demo` resource of a per-user kind. */
  strangersTo(kind: ResourceKind): ApiClient[];
}

const TENG = { workspace: 'demo', identifier: '72018689', password: 'ancien72' };
const BATAILLON = { workspace: 'demo', identifier: '70016968', password: 'ancien70' };
const inAYear = () => new Date(Date.now() + 365 * 86_400_000).toISOString();

async function signedIn(testApp: TestApp, credentials: typeof TENG): Promise<ApiClient> {
  const client = await testApp.client();
  await signInOk(client, credentials);
  return client;
}

async function accountId(admin: ApiClient, search: string): Promise<string> {
  const page = (await admin.get(`/api/admin/accounts?search=${search}`).expect(200))
    .body as AdminAccountPage;
  return page.items[0]!.id;
}

async function apiKey(admin: ApiClient, name: string, scopes: ApiKeyScope[]): Promise<string> {
  const response = await admin
    .post('/api/admin/api-keys')
    .send({ name, scopes, expiresAt: inAYear() });
  if (response.status !== 201) throw new Error(`key: ${response.status} ${response.text}`);
  return (response.body as CreatedApiKey).secret;
}

async function secureMessage(sender: ApiClient): Promise<SentSecureMessage> {
  const response = await sender
    .post('/api/secure-messages')
    .send({ subject: 'Dossier', body: 'Bonjour', recipients: ['lecteur@example.test'] });
  if (response.status !== 201) throw new Error(`message: ${response.status} ${response.text}`);
  const id = (response.body as SentSecureMessage).id;
  await uploadOk(sender, id, 'piece.pdf', PDF);
  return (await sender.get(`/api/secure-messages/${id}`).expect(200)).body as SentSecureMessage;
}

type CrmKind = Extract<ResourceKind, `crm-${string}`>;

/** A company with one of everything that hangs off it, a contact, a lead and a target group. */
async function crmResources(client: ApiClient): Promise<Record<CrmKind, string>> {
  const post = async (path: string, body: object): Promise<string> => {
    const response = await client.post(`/api/crm/${path}`).send(body);
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${response.text}`);
    return (response.body as { id: string }).id;
  };
  const company = await post('companies', { name: 'Matrice SA' });
  const sub = (kind: string, body: object) => post(`companies/${company}/${kind}`, body);
  const document = await client
    .post(`/api/crm/companies/${company}/documents`)
    .attach('file', PDF, 'fiche.pdf');
  if (document.status !== 201) throw new Error(`document: ${document.status} ${document.text}`);
  return {
    'crm-owner': 'companies',
    'crm-company': company,
    'crm-contact': await post('contacts', { lastName: 'Matrice', companyId: company }),
    'crm-lead': await post('leads', { lastName: 'Prospect' }),
    'crm-address': await sub('addresses', { line1: '1 rue', city: 'Lyon' }),
    'crm-phone': await sub('phones', { number: '0102030405' }),
    'crm-email': await sub('emails', { address: 'matrice@example.test' }),
    'crm-remark': await sub('remarks', { text: 'Rappeler le matin' }),
    'crm-communication': await sub('communications', {
      direction: 'from-person',
      channel: 'phone',
      occurredAt: '2026-01-05T10:00:00Z',
      subject: 'Appel',
    }),
    'crm-opportunity': await sub('opportunities', { title: 'Audit' }),
    'crm-document': (document.body as { id: string }).id,
    'crm-target-group': await post('target-groups', {
      name: 'Matrice',
      entity: 'contact',
      criteria: {},
    }),
  };
}

/** A pending identity review, as the first-connection wizard leaves one (IDV-3b). */
async function identityReview(testApp: TestApp, workspace: string, accessCode: string) {
  const [row] = await queryDatabase<{ id: string }>(
    testApp.database.url,
    `INSERT INTO identity_review (workspace_id, account_id, email_given, mobile_given, reason)
     SELECT a.workspace_id, a.id, 'revue@example.test', '+33612345678', 'no-sms-otp'
       FROM account a JOIN workspace w ON w.id = a.workspace_id
      WHERE w.slug = $1 AND a.access_code = $2
     RETURNING id`,
    [workspace, accessCode],
  );
  return row!.id;
}

/** An invitation mail waiting in the firm's outbox (IDV-8). */
async function outboxMessage(testApp: TestApp, admin: ApiClient, accessCode: string) {
  const created = await admin.post('/api/admin/accounts').send({
    role: 'client',
    accessCode,
    lastName: 'Invité',
    email: `${accessCode.toLowerCase()}@example.test`,
    credential: 'invitation',
  });
  if (created.status !== 201) throw new Error(`invite: ${created.status} ${created.text}`);
  const [row] = await queryDatabase<{ id: string }>(
    testApp.database.url,
    `SELECT o.id FROM outbox_message o JOIN account a ON a.workspace_id = o.workspace_id
      WHERE a.id = $1 ORDER BY o.created_at DESC LIMIT 1`,
    [(created.body as { id: string }).id],
  );
  return row!.id;
}

/** Builds both firms' callers and resources on the demo data (`startTestApp({ demoData })`). */
export async function buildAccessWorld(testApp: TestApp): Promise<AccessWorld> {
  const admin = await signedIn(testApp, DEMO.admin);
  const staff = await signedIn(testApp, DEMO.staff);
  const client = await signedIn(testApp, TENG);
  const otherClient = await signedIn(testApp, BATAILLON);
  const otherFirmAdmin = await signedIn(testApp, DEMO.otherAdmin);

  const only = {} as Record<ApiKeyScope, string>;
  for (const scope of API_KEY_SCOPES) only[scope] = await apiKey(admin, `only ${scope}`, [scope]);
  const all = await apiKey(admin, 'all scopes', [...API_KEY_SCOPES]);

  const victim = await createWithTemporaryPassword(admin, {
    accessCode: 'CIBLE001',
    firstName: 'Cible',
    lastName: 'Matrice',
  });
  const parcel = await sendParcel(client, { subject: 'Relevé' }, [['releve.pdf', PDF]]);
  const message = await secureMessage(staff);
  const own: ResourceIds = {
    account: victim.id,
    'identity-review': await identityReview(testApp, 'demo', '25350003'),
    'outbox-message': await outboxMessage(testApp, admin, 'INVITE01'),
    'api-key': await apiKey(admin, 'own', ['crm:read']).then(async () => {
      const keys = (await admin.get('/api/admin/api-keys').expect(200)).body as { id: string }[];
      return keys[0]!.id;
    }),
    parcel: parcel.id,
    'parcel-document': parcel.documents[0]!.id,
    'secure-message': message.id,
    'secure-message-recipient': message.recipients[0]!.id,
    'reader-token': 'not-a-real-link-token',
    ...(await crmResources(staff)),
    'erp-reference': 'C-MATRICE',
    'gdpr-kind': 'client',
  };

  const nadia = await accountId(otherFirmAdmin, 'Leroy');
  const otherMessage = await secureMessage(otherFirmAdmin);
  const otherParcel: ParcelDetail = await sendParcel(
    otherFirmAdmin,
    { subject: 'Autre', recipientIds: [nadia] },
    [['autre.pdf', PDF]],
  );
  await apiKey(otherFirmAdmin, 'autre', ['gdpr:read']);
  const otherKeys = (await otherFirmAdmin.get('/api/admin/api-keys').expect(200)).body as {
    id: string;
  }[];
  const otherFirm: ResourceIds = {
    account: nadia,
    'identity-review': await identityReview(testApp, 'autre', '30000001'),
    'outbox-message': await outboxMessage(testApp, otherFirmAdmin, 'INVITE02'),
    'api-key': otherKeys[0]!.id,
    parcel: otherParcel.id,
    'parcel-document': otherParcel.documents[0]!.id,
    'secure-message': otherMessage.id,
    'secure-message-recipient': otherMessage.recipients[0]!.id,
    'reader-token': 'not-a-real-link-token-either',
    ...(await crmResources(otherFirmAdmin)),
    'erp-reference': 'C-AUTRE',
    'gdpr-kind': 'client',
  };

  const adminKinds: ResourceKind[] = ['account', 'identity-review', 'outbox-message', 'api-key'];
  return {
    callers: { [Role.Client]: client, [Role.Staff]: staff, [Role.Admin]: admin, otherClient },
    anonymous: await testApp.client(),
    otherFirmAdmin,
    keys: { all, only },
    own,
    otherFirm,
    ownerOf: (kind, firm) => {
      if (firm === 'otherFirm') return kind === 'reader-token' ? undefined : otherFirmAdmin;
      if (adminKinds.includes(kind)) return admin;
      if (kind === 'parcel' || kind === 'parcel-document') return client;
      if (kind.startsWith('secure-message')) return staff;
      if (kind.startsWith('crm-')) return staff;
      return undefined;
    },
    strangersTo: (kind) => {
      if (kind === 'parcel' || kind === 'parcel-document') return [otherClient, admin];
      if (kind.startsWith('secure-message')) return [admin];
      return [];
    },
  };
}
