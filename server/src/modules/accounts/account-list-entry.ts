import type { AccountState } from '@guichet/contracts';
import type { Account } from './account';

/** A person named for display, by id. */
export interface NamedAccount {
  id: string;
  firstName: string | null;
  lastName: string;
}

/** An account as the admin list shows it: where it stands and who manages it. */
export interface AccountListEntry extends Account {
  state: AccountState;
  accountManager: NamedAccount | null;
  createdAt: Date;
}

/** "Camille Gestionnaire", or the last name alone. */
export function displayName(person: { firstName: string | null; lastName: string }): string {
  return person.firstName ? `${person.firstName} ${person.lastName}` : person.lastName;
}
