import { Civility, type CrmLeadStatus } from '@guichet/contracts';

/** A way to reach a demo CRM record; the first of each kind is its headline in lists. */
export interface DemoReach {
  email?: string;
  /** E.164. */
  phone?: string;
  address?: { line1: string; postalCode: string; city: string };
}

export interface DemoCrmPerson extends DemoReach {
  civility: Civility;
  firstName: string;
  lastName: string;
  jobTitle?: string;
  /** The person asked to receive no marketing (source `self`). */
  optedOut?: boolean;
  remark?: string;
}

export interface DemoCrmCompany extends DemoReach {
  name: string;
  /** Linked to this ERP record: a third party ("tiers"). */
  erpReference?: string;
  /** Opted out, by a user (`self`) or by the ERP; contacts follow (source `company`). */
  optedOut?: 'self' | 'erp';
  contacts: DemoCrmPerson[];
  opportunity?: { title: string; amountCents: number };
  /** A call from the company, this many days ago (retention counts from it, GDPR-5). */
  lastCallDaysAgo?: number;
}

export interface DemoCrmLead extends DemoCrmPerson {
  companyName: string;
  status: CrmLeadStatus;
}

export interface DemoCrm {
  companies: DemoCrmCompany[];
  leads: DemoCrmLead[];
}

/** A few CRM records of the demo firm so that the CRM screens are not empty (GDPR-1). */
export const DEMO_CRM: DemoCrm = {
  companies: [
    {
      name: 'Boulangerie Lemoine',
      email: 'contact@boulangerie-lemoine.test',
      phone: '+33472000001',
      address: { line1: '8 place Bellecour', postalCode: '69002', city: 'Lyon' },
      opportunity: { title: 'Tenue de comptabilité 2026', amountCents: 240_000 },
      lastCallDaysAgo: 20,
      contacts: [
        {
          civility: Civility.Mrs,
          firstName: 'Hélène',
          lastName: 'Lemoine',
          jobTitle: 'Gérante',
          email: 'helene.lemoine@boulangerie-lemoine.test',
          phone: '+33611000001',
          remark: 'Préfère être appelée avant 9 h, avant l’ouverture.',
        },
        { civility: Civility.Mr, firstName: 'Hugo', lastName: 'Lemoine', jobTitle: 'Associé' },
      ],
    },
    {
      name: 'Menuiserie Roux',
      erpReference: 'C00017',
      optedOut: 'erp',
      email: 'atelier@menuiserie-roux.test',
      address: { line1: '14 route de Grenoble', postalCode: '38500', city: 'Voiron' },
      contacts: [
        {
          civility: Civility.Mr,
          firstName: 'Paul',
          lastName: 'Roux',
          jobTitle: 'Artisan',
          phone: '+33476000017',
        },
      ],
    },
    {
      name: 'Clinique vétérinaire des Aravis',
      erpReference: 'C00023',
      phone: '+33450000023',
      address: { line1: '2 avenue du Parmelan', postalCode: '74000', city: 'Annecy' },
      contacts: [
        {
          civility: Civility.Mrs,
          firstName: 'Anne',
          lastName: 'Perrin',
          jobTitle: 'Vétérinaire associée',
          email: 'a.perrin@veto-aravis.test',
          optedOut: true,
        },
      ],
    },
  ],
  leads: [
    {
      civility: Civility.Mrs,
      firstName: 'Inès',
      lastName: 'Moreau',
      companyName: 'Studio Moreau',
      status: 'new',
      email: 'ines@studio-moreau.test',
      address: { line1: '5 rue Paradis', postalCode: '13001', city: 'Marseille' },
      remark: 'Rencontrée au salon des créateurs ; rappeler en septembre.',
    },
    {
      civility: Civility.Mr,
      firstName: 'Thomas',
      lastName: 'Garnier',
      companyName: 'Garnier Conseil',
      status: 'lost',
      phone: '+33699000001',
      optedOut: true,
    },
  ],
};
