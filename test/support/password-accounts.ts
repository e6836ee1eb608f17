import type { CreatedAccount, Role, SessionInfo } from '@guichet/contracts';
import type { Test } from 'supertest';
import type { ApiClient } from './api-client';
import { signInOk } from './sign-in';

/** Who to create: as the admin's form sends it. */
export interface NewPerson {
  accessCode: string;
  firstName: string;
  lastName: string;
  email?: string;
  role?: Role;
}

/** An account created by an admin with a temporary password (PWD-3): its id and the password. */
export async function createWithTemporaryPassword(
  admin: ApiClient,
  person: NewPerson,
): Promise<{ id: string; temporaryPassword: string }> {
  const response = await admin
    .post('/api/admin/accounts')
    .send({ role: 'client', ...person, credential: 'temporary-password' });
  if (response.status !== 201) {
    throw new Error(
      `account creation answered ${response.status}: ${JSON.stringify(response.body)}`,
    );
  }
  const created = response.body as CreatedAccount;
  return { id: created.id, temporaryPassword: created.temporaryPassword!.password };
}

/** `POST /api/profile/password` as the change page sends it. */
export function changePassword(
  client: ApiClient,
  currentPassword: string,
  newPassword: string,
): Test {
  return client.post('/api/profile/password').send({ currentPassword, newPassword });
}

/**
 * An account with a password of its owner's: created with a temporary password, signed in once
 * and changed to `password` on the change page, in the demo firm. Gives its id; `client` stays
 * signed in.
 */
export async function personalAccount(
  admin: ApiClient,
  client: ApiClient,
  person: NewPerson,
  password: string,
): Promise<string> {
  const { id, temporaryPassword } = await createWithTemporaryPassword(admin, person);
  await signInOk(client, {
    workspace: 'demo',
    identifier: person.accessCode,
    password: temporaryPassword,
  });
  const changed = await changePassword(client, temporaryPassword, password);
  if (changed.status !== 200 || (changed.body as SessionInfo).nextStep !== 'home') {
    throw new Error(`password change answered ${changed.status}: ${JSON.stringify(changed.body)}`);
  }
  return id;
}
