import { Civility, PasswordKind, type PasswordPolicyMode, Role } from '@guichet/contracts';
import { DEMO_CRM, type DemoCrm } from './demo-crm';

/** One demo person; `password` is the plain demo password, hashed before it is stored. */
export interface DemoAccount {
  accessCode: string;
  role: Role;
  civility: Civility | null;
  firstName: string | null;
  lastName: string;
  email: string | null;
  mobile: string | null;
  password: { plain: string; kind: PasswordKind } | null;
  /** Access code of the staff member managing this client. */
  managedBy?: string;
}

export interface DemoWorkspace {
  slug: string;
  name: string;
  /** Seed 000's optional SMS one-time codes in the first connection (IDV-3b). */
  smsOtpEnabled: boolean;
  /**
   * The password policy's roll-out (PWD-2), default rules (CNIL 2022). `demo` is in `warn`: its
   * staff passwords contain the firm's name, so they sign in with the warning; `autre` is an
   * existing firm that has not started the roll-out (`off`). A new firm would be in `enforce`.
   */
  passwordPolicyMode: PasswordPolicyMode;
  accounts: DemoAccount[];
  /** Companies, contacts and leads of the CRM, written by the first staff member. */
  crm?: DemoCrm;
}

const staff = (
  accessCode: string,
  role: Role,
  firstName: string,
  lastName: string,
  email: string,
  plain: string,
): DemoAccount => ({
  accessCode,
  role,
  civility: null,
  firstName,
  lastName,
  email,
  mobile: null,
  password: { plain, kind: PasswordKind.Personal },
});

/**
 * The demo firm holds one client per branch of seed 000 (legacy password with or without e-mail;
 * access code only with an e-mail, with only a mobile, with nothing) so that a newcomer can try
 * every flow. A second firm reuses an access code to show that workspaces are isolated.
 * The README lists these accounts: keep both in step.
 */
export const DEMO_WORKSPACES: DemoWorkspace[] = [
  {
    slug: 'demo',
    name: 'Cabinet Demo',
    smsOtpEnabled: true,
    passwordPolicyMode: 'warn',
    crm: DEMO_CRM,
    accounts: [
      staff(
        'GEST0001',
        Role.Staff,
        'Camille',
        'Gestionnaire',
        'gestionnaire@demo.guichet.test',
        'Demo-Gestion-2026!',
      ),
      staff(
        'ADMIN001',
        Role.Admin,
        'Alex',
        'Administrateur',
        'admin@demo.guichet.test',
        'Demo-Admin-2026!',
      ),
      {
        accessCode: '72018689',
        role: Role.Client,
        civility: Civility.Mr,
        firstName: 'Sophat',
        lastName: 'Teng',
        email: null,
        mobile: null,
        password: { plain: 'ancien72', kind: PasswordKind.Legacy },
        managedBy: 'GEST0001',
      },
      {
        accessCode: '70016968',
        role: Role.Client,
        civility: Civility.Mrs,
        firstName: 'Sophie',
        lastName: 'Bataillon',
        email: 's.bataillon@demo.guichet.test',
        mobile: '+33606101010',
        password: { plain: 'ancien70', kind: PasswordKind.Legacy },
        managedBy: 'GEST0001',
      },
      {
        accessCode: '25350001',
        role: Role.Client,
        civility: Civility.Mrs,
        firstName: 'Claire',
        lastName: 'Martin',
        email: 'claire.martin@demo.guichet.test',
        mobile: null,
        password: null,
        managedBy: 'GEST0001',
      },
      {
        accessCode: '25350002',
        role: Role.Client,
        civility: Civility.Mr,
        firstName: 'Julien',
        lastName: 'Petit',
        email: null,
        mobile: '+33612345678',
        password: null,
        managedBy: 'GEST0001',
      },
      {
        accessCode: '25350003',
        role: Role.Client,
        civility: Civility.Mr,
        firstName: 'Marc',
        lastName: 'Durand',
        email: null,
        mobile: null,
        password: null,
        managedBy: 'GEST0001',
      },
    ],
  },
  {
    slug: 'autre',
    name: 'Autre Cabinet',
    smsOtpEnabled: false,
    passwordPolicyMode: 'off',
    accounts: [
      staff(
        'ADMIN001',
        Role.Admin,
        'Dominique',
        'Autre',
        'admin@autre.guichet.test',
        'Autre-Admin-2026!',
      ),
      {
        accessCode: '72018689',
        role: Role.Client,
        civility: Civility.Mrs,
        firstName: 'Nadia',
        lastName: 'Leroy',
        email: 'nadia.leroy@autre.guichet.test',
        mobile: null,
        password: null,
      },
      {
        // This firm sends no SMS codes: a first connection without a match goes to its admin.
        accessCode: '30000001',
        role: Role.Client,
        civility: Civility.Mr,
        firstName: 'Paul',
        lastName: 'Bernard',
        email: null,
        mobile: '+33698765432',
        password: null,
      },
    ],
  },
];
