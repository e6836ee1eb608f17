import type {
  CrmCompanyDetail,
  CrmCompanySummary,
  CrmContactSummary,
  CrmPage,
  CrmRemark,
  MarketingOptOut,
} from '@guichet/contracts';

export const STAFF = { id: 'c0ffee00-0000-4000-8000-00000000000f', name: 'Camille Gestionnaire' };
export const COMPANY_ID = 'c0c0c0c0-0000-4000-8000-000000000001';

/** An opt-out set by Camille at the person's request, or cascaded from the company. */
export function optOut(changes: Partial<MarketingOptOut> = {}): MarketingOptOut {
  return { source: 'self', at: '2026-11-20T09:30:00.000Z', by: STAFF, ...changes };
}

export function companySummary(changes: Partial<CrmCompanySummary> = {}): CrmCompanySummary {
  return {
    id: COMPANY_ID,
    name: 'Boulangerie Martin',
    erpReference: null,
    marketingOptOut: null,
    contactCount: 2,
    email: 'contact@boulangerie-martin.test',
    phone: '+33472000000',
    city: 'Lyon',
    ...changes,
  };
}

export function contactSummary(changes: Partial<CrmContactSummary> = {}): CrmContactSummary {
  return {
    id: 'c0c0c0c0-0000-4000-8000-0000000000a1',
    civility: null,
    firstName: 'Lucie',
    lastName: 'Martin',
    jobTitle: 'Gérante',
    company: { id: COMPANY_ID, name: 'Boulangerie Martin' },
    marketingOptOut: null,
    email: 'lucie@boulangerie-martin.test',
    phone: '+33612345678',
    city: 'Lyon',
    ...changes,
  };
}

export function crmPage<T>(items: T[], changes: Partial<CrmPage<T>> = {}): CrmPage<T> {
  return {
    items,
    total: items.length,
    page: 1,
    pageSize: 50,
    excludedMarketingOptOut: false,
    ...changes,
  };
}

export function remark(changes: Partial<CrmRemark> = {}): CrmRemark {
  return {
    id: 'e0e0e0e0-0000-4000-8000-000000000001',
    text: 'Préfère être appelée le matin.',
    author: STAFF,
    createdAt: '2026-11-21T10:00:00.000Z',
    updatedAt: '2026-11-21T10:00:00.000Z',
    ...changes,
  };
}

/** The company Boulangerie Martin with two contacts and a remark. */
export function companyDetail(changes: Partial<CrmCompanyDetail> = {}): CrmCompanyDetail {
  return {
    id: COMPANY_ID,
    name: 'Boulangerie Martin',
    erpReference: null,
    marketingOptOut: null,
    contacts: [
      contactSummary(),
      contactSummary({
        id: 'c0c0c0c0-0000-4000-8000-0000000000a2',
        firstName: 'Paul',
        lastName: 'Martin',
        jobTitle: null,
        email: null,
        phone: null,
      }),
    ],
    addresses: [
      {
        id: 'adadadad-0000-4000-8000-000000000001',
        label: 'Siège',
        line1: '12 rue de la République',
        line2: null,
        postalCode: '69002',
        city: 'Lyon',
        country: 'FR',
      },
    ],
    phones: [
      { id: 'fefefefe-0000-4000-8000-000000000001', label: 'Standard', number: '+33472000000' },
    ],
    emails: [
      {
        id: 'eaeaeaea-0000-4000-8000-000000000001',
        label: '',
        address: 'contact@boulangerie-martin.test',
      },
    ],
    remarks: [remark()],
    communications: [
      {
        id: 'cacacaca-0000-4000-8000-000000000001',
        direction: 'from-person',
        channel: 'phone',
        occurredAt: '2026-11-18T14:00:00.000Z',
        subject: 'Demande de devis',
        summary: null,
      },
    ],
    opportunities: [
      {
        id: '0b0b0b0b-0000-4000-8000-000000000001',
        title: 'Contrat annuel',
        stage: 'open',
        amountCents: 1_250_000,
        expectedCloseOn: '2027-01-31',
      },
    ],
    documents: [
      {
        id: 'd0d0d0d0-0000-4000-8000-000000000001',
        name: 'kbis.pdf',
        size: 2048,
        contentType: 'application/pdf',
        sha256: 'a'.repeat(64),
        createdAt: '2026-11-19T08:00:00.000Z',
      },
    ],
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-21T10:00:00.000Z',
    ...changes,
  };
}
