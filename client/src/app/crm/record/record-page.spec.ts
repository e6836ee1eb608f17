import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { CrmErrorCode } from '@guichet/contracts';
import {
  COMPANY_ID,
  STAFF,
  companyDetail,
  contactSummary,
  optOut,
  remark,
} from '../../../testing/crm';
import { renderApp } from '../../../testing/render-app';
import { centsOf } from './opportunity-form';
import { adminSession, staffSession } from '../../../testing/session-info';

const COMPANY_URL = `/api/crm/companies/${COMPANY_ID}`;

// The first test compiles the lazy CRM routes through ts-jest: seconds on a busy machine.
jest.setTimeout(20_000);

describe('RecordPage', () => {
  let fixture: ComponentFixture<unknown>;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const byTestId = <T extends Element = HTMLElement>(testId: string, root: ParentNode = page()) =>
    root.querySelector<T>(`[data-testid="${testId}"]`);
  const all = (testId: string) => [...page().querySelectorAll(`[data-testid="${testId}"]`)];
  const text = (element: Element | null) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const settle = () => fixture.whenStable();

  const openCompany = async (session = staffSession(), detail = companyDetail()) => {
    fixture = await renderApp(`/crm/companies/${COMPANY_ID}`, { session });
    http = TestBed.inject(HttpTestingController);
    http.expectOne({ method: 'GET', url: COMPANY_URL }).flush(detail);
    await settle();
  };
  const optOutBox = () =>
    byTestId('crm-opt-out-toggle')!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;

  it('shows the company with its contacts, sub-records and remarks', async () => {
    await openCompany();

    expect(text(byTestId('crm-record-name'))).toBe('Boulangerie Martin');
    expect(document.title).toBe('Société · Guichet');
    const contacts = byTestId('crm-record-contacts')!;
    expect(
      [...contacts.querySelectorAll('[data-testid="crm-name"]')].map((cell) => text(cell)),
    ).toEqual(['Lucie Martin', 'Paul Martin']);
    expect(text(byTestId('crm-addresses'))).toContain('12 rue de la République 69002 Lyon');
    expect(text(byTestId('crm-phones'))).toContain('+33 4 72 00 00 00');
    expect(text(byTestId('crm-emails'))).toContain('contact@boulangerie-martin.test');
    expect(text(byTestId('crm-communications'))).toContain('Reçue, Téléphone : Demande de devis');
    expect(text(byTestId('crm-opportunities'))).toContain('Contrat annuel — En cours');
    expect(
      byTestId<HTMLAnchorElement>('crm-documents')!.querySelector('a')!.getAttribute('href'),
    ).toBe(`${COMPANY_URL}/documents/d0d0d0d0-0000-4000-8000-000000000001/content`);
    expect(text(all('crm-remark')[0])).toContain('Préfère être appelée le matin.');
    expect(text(all('crm-remark')[0])).toContain('Camille Gestionnaire');
  });

  it("ticks a company's opt-out, explains the cascade, and shows its contacts marked as the server now holds them", async () => {
    await openCompany();
    expect(optOutBox().checked).toBe(false);
    expect(text(byTestId('crm-opt-out-provenance'))).toBe(
      'Cette relation peut recevoir des communications marketing.',
    );
    expect(text(byTestId('crm-opt-out-cascade'))).toContain(
      "Cochée sur une société, l'option est aussi activée pour tous ses contacts.",
    );

    optOutBox().click();
    await settle();
    const put = http.expectOne({ method: 'PUT', url: `${COMPANY_URL}/marketing-opt-out` });
    expect(put.request.body).toEqual({ optedOut: true });
    put.flush({ marketingOptOut: optOut() });
    await settle();
    const cascaded = optOut({ source: 'company', by: STAFF });
    http.expectOne({ method: 'GET', url: COMPANY_URL }).flush(
      companyDetail({
        marketingOptOut: optOut(),
        contacts: [
          contactSummary({ marketingOptOut: cascaded }),
          contactSummary({
            id: 'c0c0c0c0-0000-4000-8000-0000000000a2',
            firstName: 'Paul',
            marketingOptOut: optOut({ at: '2026-10-01T08:00:00.000Z' }),
          }),
        ],
      }),
    );
    await settle();

    expect(optOutBox().checked).toBe(true);
    expect(text(byTestId('crm-opt-out-outcome'))).toBe(
      'La société et ses contacts sont exclus des traitements à des fins marketing.',
    );
    expect(text(byTestId('crm-opt-out-provenance'))).toMatch(
      /^Exclue depuis le 20\/11\/2026 \d\d:\d\d\. Saisie sur cette fiche, à la demande de la personne\. Par Camille Gestionnaire\.$/,
    );
    const contacts = byTestId('crm-record-contacts')!;
    expect(
      [...contacts.querySelectorAll('[data-testid="crm-opt-out-mark"]')].map((mark) => text(mark)),
    ).toEqual([
      'Exclu du marketing (par sa société)',
      'Exclu du marketing (à la demande de la personne)',
    ]);
  });

  it('keeps the box as it was when the server refuses the change, and says why', async () => {
    await openCompany();
    optOutBox().click();
    await settle();
    http
      .expectOne({ method: 'PUT', url: `${COMPANY_URL}/marketing-opt-out` })
      .flush(
        { code: CrmErrorCode.NotFound, message: 'gone' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();

    expect(optOutBox().checked).toBe(false);
    expect(text(byTestId('crm-opt-out-outcome'))).toBe(
      "L'option n'a pas été enregistrée. Cette fiche n'existe pas, ou plus, dans votre cabinet.",
    );
  });

  it('says a contact holds its opt-out from its company', async () => {
    fixture = await renderApp('/crm/contacts/c0c0c0c0-0000-4000-8000-0000000000a1', {
      session: staffSession(),
    });
    http = TestBed.inject(HttpTestingController);
    const { contacts: _, name: __, erpReference: ___, ...subRecords } = companyDetail();
    http.expectOne('/api/crm/contacts/c0c0c0c0-0000-4000-8000-0000000000a1').flush({
      ...subRecords,
      id: 'c0c0c0c0-0000-4000-8000-0000000000a1',
      civility: null,
      firstName: 'Lucie',
      lastName: 'Martin',
      jobTitle: 'Gérante',
      company: { id: COMPANY_ID, name: 'Boulangerie Martin' },
      marketingOptOut: optOut({ source: 'company', by: null }),
      remarks: [],
    });
    await settle();

    expect(text(byTestId('crm-record-name'))).toBe('Lucie Martin');
    expect(text(byTestId('crm-record-company-link'))).toBe('Boulangerie Martin');
    expect(text(byTestId('crm-opt-out-provenance'))).toContain(
      'Reçue de la société : elle sera levée si la société lève la sienne.',
    );
    expect(byTestId('crm-opt-out-cascade')).toBeNull();
    expect(text(byTestId('crm-remarks'))).toContain('Aucune remarque.');
  });

  it('presents a company linked to the ERP as its third party, whose opt-out syncs both ways', async () => {
    await openCompany(staffSession(), companyDetail({ erpReference: 'TIERS-042' }));

    expect(text(page().querySelector('.record-kind'))).toBe(
      'Tiers de la Gestion commerciale TIERS-042',
    );
    expect(text(byTestId('crm-opt-out-erp'))).toBe(
      'Synchronisée avec le tiers TIERS-042 de la Gestion commerciale, dans les deux sens.',
    );
  });

  it('adds a saved remark on top of the list', async () => {
    await openCompany();
    const field = byTestId<HTMLTextAreaElement>('crm-remark-text')!;
    field.value = 'Rappeler en janvier pour le renouvellement.';
    field.dispatchEvent(new Event('input'));
    await settle();
    byTestId<HTMLButtonElement>('crm-remark-save')!.click();
    await settle();
    http.expectOne({ method: 'POST', url: `${COMPANY_URL}/remarks` }).flush(
      remark({
        id: 'e0e0e0e0-0000-4000-8000-000000000002',
        text: 'Rappeler en janvier pour le renouvellement.',
      }),
    );
    await settle();

    expect(all('crm-remark').map((item) => text(item.querySelector('.remark-text')))).toEqual([
      'Rappeler en janvier pour le renouvellement.',
      'Préfère être appelée le matin.',
    ]);
    expect(text(byTestId('crm-remarks-outcome'))).toBe('La remarque est enregistrée.');
  });

  it('keeps the place of « Effacer les données » for admins only', async () => {
    await openCompany();
    expect(byTestId('crm-erasure-slot')).toBeNull();
    TestBed.resetTestingModule();

    await openCompany(adminSession());
    expect(byTestId('crm-erasure-slot')).not.toBeNull();
  });

  it('says when the record does not exist (another firm, or erased)', async () => {
    fixture = await renderApp(`/crm/companies/${COMPANY_ID}`, { session: staffSession() });
    http = TestBed.inject(HttpTestingController);
    http
      .expectOne(COMPANY_URL)
      .flush(
        { code: CrmErrorCode.NotFound, message: 'no' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();

    expect(text(byTestId('crm-record-error'))).toContain(
      "Impossible de charger la fiche. Cette fiche n'existe pas, ou plus, dans votre cabinet.",
    );
  });

  it('adds a contact to the company, listed as the server then holds it', async () => {
    await openCompany(staffSession(), companyDetail({ marketingOptOut: optOut() }));
    const form = () => byTestId('crm-new-contact-form')!;
    byTestId<HTMLButtonElement>('crm-new-contact')!.click();
    await settle();
    const [civility] = [...form().querySelectorAll<HTMLSelectElement>('select')];
    civility.value = civility.options[2].value;
    civility.dispatchEvent(new Event('change'));
    const [firstName, lastName] = [...form().querySelectorAll<HTMLInputElement>('input')];
    firstName.value = 'Anne';
    firstName.dispatchEvent(new Event('input'));
    lastName.value = 'Martin';
    lastName.dispatchEvent(new Event('input'));
    byTestId<HTMLButtonElement>('crm-new-create')!.click();
    await settle();

    const create = http.expectOne({ method: 'POST', url: '/api/crm/contacts' });
    expect(create.request.body).toEqual({
      civility: 'mrs',
      firstName: 'Anne',
      lastName: 'Martin',
      jobTitle: null,
      companyId: COMPANY_ID,
    });
    create.flush({});
    await settle();
    const anne = contactSummary({
      id: 'c0c0c0c0-0000-4000-8000-0000000000a3',
      firstName: 'Anne',
      marketingOptOut: optOut({ source: 'company' }),
    });
    http
      .expectOne({ method: 'GET', url: COMPANY_URL })
      .flush(companyDetail({ contacts: [...companyDetail().contacts, anne] }));
    await settle();

    const contacts = byTestId('crm-record-contacts')!;
    expect(contacts.querySelectorAll('[data-testid="crm-row"]')).toHaveLength(3);
    expect(text(byTestId('crm-opt-out-mark', contacts))).toBe(
      'Exclu du marketing (par sa société)',
    );
  });

  it('adds a phone, shown as the server normalised it', async () => {
    await openCompany(staffSession(), companyDetail({ phones: [] }));
    expect(text(byTestId('crm-phones'))).toContain('Aucun téléphone.');

    byTestId<HTMLButtonElement>('crm-add-phones')!.click();
    await settle();
    byTestId<HTMLButtonElement>('crm-point-add')!.click();
    await settle();
    http.expectNone(`${COMPANY_URL}/phones`);

    const number = byTestId<HTMLInputElement>('crm-point-number')!;
    number.value = '06 12 34 56 78';
    number.dispatchEvent(new Event('input'));
    const label = byTestId<HTMLInputElement>('crm-point-label')!;
    label.value = 'Portable';
    label.dispatchEvent(new Event('input'));
    byTestId<HTMLButtonElement>('crm-point-add')!.click();
    await settle();
    const add = http.expectOne({ method: 'POST', url: `${COMPANY_URL}/phones` });
    expect(add.request.body).toEqual({ label: 'Portable', number: '06 12 34 56 78' });
    add.flush({
      id: 'fefefefe-0000-4000-8000-000000000002',
      label: 'Portable',
      number: '+33612345678',
    });
    await settle();

    expect(text(byTestId('crm-phones'))).toContain('Portable+33 6 12 34 56 78');
    expect(byTestId('crm-add-phones-form')).toBeNull();
  });

  it('says why the server refused an address', async () => {
    await openCompany();
    byTestId<HTMLButtonElement>('crm-add-addresses')!.click();
    await settle();
    for (const [field, value] of [
      ['line1', '1 place Bellecour'],
      ['postalCode', '69002?'],
      ['city', 'Lyon'],
    ]) {
      const input = byTestId<HTMLInputElement>(`crm-point-${field}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    byTestId<HTMLButtonElement>('crm-point-add')!.click();
    await settle();
    http
      .expectOne({ method: 'POST', url: `${COMPANY_URL}/addresses` })
      .flush(
        { code: 'COMMON_VALIDATION_FAILED', message: 'bad', fields: { postalCode: ['matches'] } },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await settle();

    expect(text(byTestId('crm-point-problem'))).toBe('Certains champs sont à corriger.');
    expect(byTestId('crm-add-addresses-form')).not.toBeNull();
  });

  it('changes the main fields of a lead, shown as the server answers them', async () => {
    const leadUrl = '/api/crm/leads/1e1e1e1e-0000-4000-8000-000000000001';
    const { contacts: _, name: __, erpReference: ___, ...subRecords } = companyDetail();
    const lead = {
      ...subRecords,
      id: '1e1e1e1e-0000-4000-8000-000000000001',
      civility: null,
      firstName: 'Jeanne',
      lastName: 'Durand',
      companyName: null,
      jobTitle: null,
      status: 'new' as const,
      marketingOptOut: null,
    };
    fixture = await renderApp('/crm/leads/1e1e1e1e-0000-4000-8000-000000000001', {
      session: staffSession(),
    });
    http = TestBed.inject(HttpTestingController);
    http.expectOne(leadUrl).flush(lead);
    await settle();

    byTestId<HTMLButtonElement>('crm-edit-record')!.click();
    await settle();
    const form = byTestId('crm-edit-record-form')!;
    const inputs = [...form.querySelectorAll<HTMLInputElement>('input')];
    expect(inputs.map((input) => input.value)).toEqual(['Jeanne', 'Durand', '', '']);
    inputs[1].value = 'Durand-Leroy';
    inputs[1].dispatchEvent(new Event('input'));
    const status = form.querySelectorAll<HTMLSelectElement>('select')[1];
    status.value = 'qualified';
    status.dispatchEvent(new Event('change'));
    byTestId<HTMLButtonElement>('crm-edit-save')!.click();
    await settle();

    const patch = http.expectOne({ method: 'PATCH', url: leadUrl });
    expect(patch.request.body).toEqual({
      civility: null,
      firstName: 'Jeanne',
      lastName: 'Durand-Leroy',
      jobTitle: null,
      companyName: null,
      status: 'qualified',
    });
    patch.flush({ ...lead, lastName: 'Durand-Leroy', status: 'qualified' });
    await settle();

    expect(text(byTestId('crm-record-name'))).toBe('Jeanne Durand-Leroy');
    expect(text(page().querySelector('.record-facts'))).toContain('Qualifié');
    expect(byTestId('crm-edit-record-form')).toBeNull();
    expect(text(byTestId('crm-record-outcome'))).toBe(
      'Les modifications de la fiche sont enregistrées.',
    );
  });

  it('deletes the record only once confirmed, then goes back to its list', async () => {
    await openCompany();
    byTestId<HTMLButtonElement>('crm-delete-record')!.click();
    await settle();
    expect(text(page().querySelector('.record-actions'))).toContain(
      'Supprimer la fiche Boulangerie Martin avec ses adresses',
    );
    expect(document.activeElement).toBe(byTestId('crm-delete-cancel'));
    byTestId<HTMLButtonElement>('crm-delete-cancel')!.click();
    await settle();
    http.expectNone({ method: 'DELETE', url: COMPANY_URL });

    byTestId<HTMLButtonElement>('crm-delete-record')!.click();
    await settle();
    byTestId<HTMLButtonElement>('crm-delete-confirm')!.click();
    await settle();
    http.expectOne({ method: 'DELETE', url: COMPANY_URL }).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/crm/companies');
    expect(document.body.textContent).toContain('La fiche Boulangerie Martin est supprimée.');
  });

  it('says why an ERP third party cannot be deleted here, and keeps it', async () => {
    await openCompany(staffSession(), companyDetail({ erpReference: 'TIERS-042' }));
    byTestId<HTMLButtonElement>('crm-delete-record')!.click();
    await settle();
    byTestId<HTMLButtonElement>('crm-delete-confirm')!.click();
    await settle();
    http
      .expectOne({ method: 'DELETE', url: COMPANY_URL })
      .flush(
        { code: CrmErrorCode.ErpLinked, message: 'TIERS-042' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();

    expect(text(byTestId('crm-delete-problem'))).toBe(
      'Cette société est liée à un tiers de la Gestion commerciale : supprimez-la depuis la Gestion commerciale.',
    );
    expect(text(byTestId('crm-record-name'))).toBe('Boulangerie Martin');
    expect(byTestId('crm-delete-record')).not.toBeNull();
  });

  it('changes a phone in place, shown as the server normalised it', async () => {
    await openCompany();
    const phones = byTestId('crm-phones')!;
    const edit = byTestId<HTMLButtonElement>('crm-edit-phones', phones)!;
    expect(edit.getAttribute('aria-label')).toBe('Modifier le téléphone +33 4 72 00 00 00');
    edit.click();
    await settle();
    const form = byTestId('crm-edit-phones-form', phones)!;
    const number = byTestId<HTMLInputElement>('crm-point-number', form)!;
    expect(number.value).toBe('+33472000000');
    expect(byTestId<HTMLInputElement>('crm-point-label', form)!.value).toBe('Standard');
    number.value = '04 72 00 00 01';
    number.dispatchEvent(new Event('input'));
    byTestId<HTMLButtonElement>('crm-point-save', form)!.click();
    await settle();

    const put = http.expectOne({
      method: 'PUT',
      url: `${COMPANY_URL}/phones/fefefefe-0000-4000-8000-000000000001`,
    });
    expect(put.request.body).toEqual({ label: 'Standard', number: '04 72 00 00 01' });
    put.flush({
      id: 'fefefefe-0000-4000-8000-000000000001',
      label: 'Standard',
      number: '+33472000001',
    });
    await settle();

    expect(all('crm-phones-item').map((item) => text(item.querySelector('a')))).toEqual([
      '+33 4 72 00 00 01',
    ]);
    expect(byTestId('crm-edit-phones-form')).toBeNull();
  });

  it('says under the field why the server refused a changed phone', async () => {
    await openCompany();
    byTestId<HTMLButtonElement>('crm-edit-phones')!.click();
    await settle();
    const number = byTestId<HTMLInputElement>('crm-point-number')!;
    number.value = '12';
    number.dispatchEvent(new Event('input'));
    byTestId<HTMLButtonElement>('crm-point-save')!.click();
    await settle();
    http
      .expectOne({
        method: 'PUT',
        url: `${COMPANY_URL}/phones/fefefefe-0000-4000-8000-000000000001`,
      })
      .flush(
        { code: 'COMMON_VALIDATION_FAILED', message: 'bad', fields: { number: ['isPhoneNumber'] } },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await settle();

    expect(text(byTestId('crm-edit-phones-form')!.querySelector('mat-error'))).toBe(
      'Saisissez un numéro de téléphone valide, par exemple 04 72 00 00 00.',
    );
    expect(text(byTestId('crm-phones-item'))).toContain('+33 4 72 00 00 00');
  });

  it('keeps the country of a changed foreign address', async () => {
    const address = {
      ...companyDetail().addresses[0],
      country: 'BE',
      postalCode: '1000',
      city: 'Bruxelles',
    };
    await openCompany(staffSession(), companyDetail({ addresses: [address] }));
    byTestId<HTMLButtonElement>('crm-edit-addresses')!.click();
    await settle();
    byTestId<HTMLButtonElement>('crm-point-save')!.click();
    await settle();

    const put = http.expectOne({ method: 'PUT', url: `${COMPANY_URL}/addresses/${address.id}` });
    expect(put.request.body).toEqual({
      label: 'Siège',
      line1: '12 rue de la République',
      postalCode: '1000',
      city: 'Bruxelles',
      country: 'BE',
    });
  });

  it('deletes an address once confirmed, and only then', async () => {
    await openCompany();
    const addresses = byTestId('crm-addresses')!;
    const remove = byTestId<HTMLButtonElement>('crm-delete-addresses', addresses)!;
    expect(remove.getAttribute('aria-label')).toBe(
      "Supprimer l'adresse 12 rue de la République, Lyon",
    );
    remove.click();
    await settle();
    expect(text(addresses)).toContain("Supprimer l'adresse 12 rue de la République, Lyon ?");
    http.expectNone(`${COMPANY_URL}/addresses/adadadad-0000-4000-8000-000000000001`);
    byTestId<HTMLButtonElement>('crm-delete-confirm', addresses)!.click();
    await settle();
    http
      .expectOne({
        method: 'DELETE',
        url: `${COMPANY_URL}/addresses/adadadad-0000-4000-8000-000000000001`,
      })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(all('crm-addresses-item')).toHaveLength(0);
    expect(text(byTestId('crm-addresses'))).toContain('Aucune adresse.');
    expect(document.activeElement?.id).toBe('addresses-heading');
  });

  describe('communications', () => {
    const field = <T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      testId: string,
      value: string,
    ) => {
      const element = byTestId<T>(testId)!;
      element.value = value;
      element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input'));
    };

    it('logs a call received from the person, listed first, newest first', async () => {
      await openCompany();
      byTestId<HTMLButtonElement>('crm-add-communication')!.click();
      await settle();
      expect(text(byTestId('crm-communication-form'))).toContain(
        "Une communication reçue d'un prospect prolonge la conservation de sa fiche de 3 ans.",
      );
      // Now by default.
      expect(byTestId<HTMLInputElement>('crm-communication-occurred-at')!.value).toMatch(
        /^\d{4}-\d\d-\d\dT\d\d:\d\d$/,
      );

      // The direction has no default: it decides the retention of a prospect (GDPR-5).
      field('crm-communication-subject', 'Rappel pour le devis');
      byTestId<HTMLButtonElement>('crm-communication-save')!.click();
      await settle();
      http.expectNone(`${COMPANY_URL}/communications`);
      expect(text(byTestId('crm-communication-form')!.querySelector('mat-error'))).toBe(
        'Ce champ est obligatoire.',
      );

      field('crm-communication-direction', 'from-person');
      field('crm-communication-channel', 'phone');
      field('crm-communication-occurred-at', '2026-11-25T09:30');
      field('crm-communication-summary', '  Veut le devis avant vendredi.  ');
      byTestId<HTMLButtonElement>('crm-communication-save')!.click();
      await settle();

      const post = http.expectOne({ method: 'POST', url: `${COMPANY_URL}/communications` });
      expect(post.request.body).toEqual({
        direction: 'from-person',
        channel: 'phone',
        occurredAt: new Date('2026-11-25T09:30').toISOString(),
        subject: 'Rappel pour le devis',
        summary: 'Veut le devis avant vendredi.',
      });
      post.flush({
        id: 'cacacaca-0000-4000-8000-000000000002',
        ...post.request.body,
      });
      await settle();

      expect(
        all('crm-communications-item').map((item) => text(item.querySelector('strong'))),
      ).toEqual(['Rappel pour le devis', 'Demande de devis']);
      expect(text(all('crm-communications-item')[0])).toContain(
        '25/11/2026 09:30 — Reçue, Téléphone : Rappel pour le devis',
      );
      expect(text(all('crm-communications-item')[0].querySelector('.summary'))).toBe(
        'Veut le devis avant vendredi.',
      );
      expect(byTestId('crm-communication-form')).toBeNull();
    });

    it('refuses a communication in the future before asking the server', async () => {
      await openCompany();
      byTestId<HTMLButtonElement>('crm-add-communication')!.click();
      await settle();
      field('crm-communication-direction', 'to-person');
      field('crm-communication-subject', 'Relance');
      field('crm-communication-occurred-at', '2999-01-01T10:00');
      byTestId<HTMLButtonElement>('crm-communication-save')!.click();
      await settle();

      http.expectNone(`${COMPANY_URL}/communications`);
      expect(text(byTestId('crm-communication-form')!.querySelector('mat-error'))).toBe(
        'Une communication ne peut pas être datée dans le futur.',
      );
    });
  });

  describe('opportunities', () => {
    const type = (testId: string, value: string, root: ParentNode = page()) => {
      const element = byTestId<HTMLInputElement | HTMLSelectElement>(testId, root)!;
      element.value = value;
      element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input'));
    };

    it('reads amounts in euros as typed, in cents', () => {
      expect(centsOf('')).toBeNull();
      expect(centsOf('12 500,5 €')).toBe(1_250_050);
      expect(centsOf('12500.05')).toBe(1_250_005);
      expect(centsOf('12,505')).toBeUndefined();
      expect(centsOf('-3')).toBeUndefined();
    });

    it('adds one, and refuses an amount that is not one before asking the server', async () => {
      await openCompany();
      byTestId<HTMLButtonElement>('crm-add-opportunities')!.click();
      await settle();
      const form = byTestId('crm-add-opportunities-form')!;
      type('crm-opportunity-title', 'Extension du contrat', form);
      type('crm-opportunity-amount', 'mille', form);
      byTestId<HTMLButtonElement>('crm-opportunity-save', form)!.click();
      await settle();
      http.expectNone(`${COMPANY_URL}/opportunities`);
      expect(text(form.querySelector('mat-error'))).toBe(
        'Saisissez un montant en euros, par exemple 1250,50.',
      );

      type('crm-opportunity-amount', '1 500,50', form);
      type('crm-opportunity-stage', 'won', form);
      type('crm-opportunity-close-on', '2027-03-31', form);
      byTestId<HTMLButtonElement>('crm-opportunity-save', form)!.click();
      await settle();
      const post = http.expectOne({ method: 'POST', url: `${COMPANY_URL}/opportunities` });
      expect(post.request.body).toEqual({
        title: 'Extension du contrat',
        stage: 'won',
        amountCents: 150_050,
        expectedCloseOn: '2027-03-31',
      });
      post.flush({ id: '0b0b0b0b-0000-4000-8000-000000000002', ...post.request.body });
      await settle();

      expect(
        all('crm-opportunities-item').map((item) => text(item.querySelector('strong'))),
      ).toEqual(['Contrat annuel', 'Extension du contrat']);
      expect(text(all('crm-opportunities-item')[1])).toContain('Gagnée — 1 500,50 €');
    });

    it('changes one, the form filled with it', async () => {
      await openCompany();
      byTestId<HTMLButtonElement>('crm-edit-opportunities')!.click();
      await settle();
      const form = byTestId('crm-edit-opportunities-form')!;
      expect(byTestId<HTMLInputElement>('crm-opportunity-amount', form)!.value).toBe('12500');
      expect(byTestId<HTMLInputElement>('crm-opportunity-close-on', form)!.value).toBe(
        '2027-01-31',
      );
      type('crm-opportunity-stage', 'lost', form);
      type('crm-opportunity-amount', '', form);
      byTestId<HTMLButtonElement>('crm-opportunity-save', form)!.click();
      await settle();
      const put = http.expectOne({
        method: 'PUT',
        url: `${COMPANY_URL}/opportunities/0b0b0b0b-0000-4000-8000-000000000001`,
      });
      expect(put.request.body).toEqual({
        title: 'Contrat annuel',
        stage: 'lost',
        amountCents: null,
        expectedCloseOn: '2027-01-31',
      });
      put.flush({ id: '0b0b0b0b-0000-4000-8000-000000000001', ...put.request.body });
      await settle();

      expect(text(byTestId('crm-opportunities-item'))).toContain('Contrat annuel — Perdue');
      expect(text(byTestId('crm-opportunities-item'))).not.toContain('€');
    });
  });

  describe('documents', () => {
    const choose = (file: File) => {
      const picker = byTestId<HTMLInputElement>('crm-document-file')!;
      Object.defineProperty(picker, 'files', { value: [file], configurable: true });
      picker.dispatchEvent(new Event('change'));
    };

    it('uploads the chosen file and lists it', async () => {
      await openCompany();
      choose(new File(['%PDF-1.7'], 'devis.pdf', { type: 'application/pdf' }));
      await settle();
      expect(text(byTestId('crm-document-status'))).toBe('Envoi de devis.pdf…');
      const post = http.expectOne({ method: 'POST', url: `${COMPANY_URL}/documents` });
      expect((post.request.body as FormData).get('file')).toBeInstanceOf(File);
      post.flush({
        id: 'd0d0d0d0-0000-4000-8000-000000000002',
        name: 'devis.pdf',
        size: 8,
        contentType: 'application/pdf',
        sha256: 'b'.repeat(64),
        createdAt: '2026-11-30T10:00:00.000Z',
      });
      await settle();

      expect(
        [...byTestId('crm-documents')!.querySelectorAll('a')].map((link) => text(link)),
      ).toEqual(['kbis.pdf', 'devis.pdf']);
      expect(text(byTestId('crm-document-status'))).toBe('');
    });

    it('says when the file is too large', async () => {
      await openCompany();
      choose(new File(['x'], 'scan.tiff'));
      await settle();
      http
        .expectOne({ method: 'POST', url: `${COMPANY_URL}/documents` })
        .flush(
          { code: CrmErrorCode.FileTooLarge, message: 'too large' },
          { status: 413, statusText: 'Payload Too Large' },
        );
      await settle();

      expect(text(byTestId('crm-document-problem'))).toBe(
        'Ce fichier dépasse la taille maximale autorisée.',
      );
      expect(byTestId('crm-documents')!.querySelectorAll('a')).toHaveLength(1);
    });
  });

  it.each([
    [
      'communications',
      'Supprimer la communication Demande de devis',
      'cacacaca-0000-4000-8000-000000000001',
      'Aucune communication.',
    ],
    [
      'opportunities',
      "Supprimer l'opportunité Contrat annuel",
      '0b0b0b0b-0000-4000-8000-000000000001',
      'Aucune opportunité.',
    ],
    [
      'documents',
      'Supprimer le document kbis.pdf',
      'd0d0d0d0-0000-4000-8000-000000000001',
      'Aucun document.',
    ],
  ])('deletes an entry of its %s once confirmed', async (list, label, itemId, empty) => {
    await openCompany();
    const remove = byTestId<HTMLButtonElement>(`crm-delete-${list}`)!;
    expect(remove.getAttribute('aria-label')).toBe(label);
    remove.click();
    await settle();
    byTestId<HTMLButtonElement>('crm-delete-confirm')!.click();
    await settle();
    http
      .expectOne({ method: 'DELETE', url: `${COMPANY_URL}/${list}/${itemId}` })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(text(byTestId(`crm-${list}`))).toContain(empty);
  });

  it('deletes a remark once confirmed, and says so', async () => {
    await openCompany();
    const remove = byTestId<HTMLButtonElement>('crm-remark-delete')!;
    expect(remove.getAttribute('aria-label')).toMatch(/^Supprimer la remarque du 21\/11\/2026 /);
    remove.click();
    await settle();
    expect(text(byTestId('crm-remarks'))).toContain(
      'Supprimer cette remarque ? La suppression est définitive.',
    );
    byTestId<HTMLButtonElement>('crm-delete-confirm')!.click();
    await settle();
    http
      .expectOne({
        method: 'DELETE',
        url: `${COMPANY_URL}/remarks/e0e0e0e0-0000-4000-8000-000000000001`,
      })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(all('crm-remark')).toHaveLength(0);
    expect(text(byTestId('crm-remarks'))).toContain('Aucune remarque.');
    expect(text(byTestId('crm-remarks-outcome'))).toBe('La remarque est supprimée.');
  });
});
