import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CommonErrorCode, SmsErrorCode } from '@guichet/contracts';
import { Translator, provideI18n } from '../../core/i18n';
import { DevInboxSamplesForm } from './dev-inbox-samples-form';

describe(DevInboxSamplesForm.name, () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18n()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
  });

  const render = async () => {
    const fixture = TestBed.createComponent(DevInboxSamplesForm);
    await fixture.whenStable();
    const form = fixture.nativeElement as HTMLElement;
    const field = <T extends HTMLElement>(testId: string) => {
      const element = form.querySelector<T>(`[data-testid="${testId}"]`);
      if (!element) throw new Error(`no ${testId}`);
      return element;
    };
    const fill = async (testId: string, value: string) => {
      const input = field<HTMLInputElement | HTMLSelectElement>(testId);
      input.value = value;
      input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
      input.dispatchEvent(new Event('blur'));
      await fixture.whenStable();
    };
    const submit = field<HTMLButtonElement>('samples-submit');
    const text = (testId: string) =>
      form.querySelector(`[data-testid="${testId}"]`)?.textContent.trim() ?? '';
    return { fixture, form, field, fill, submit, text };
  };

  it('labels its fields and cannot be sent without an address', async () => {
    const { form, submit } = await render();

    expect(form.querySelector('h2')?.textContent.trim()).toBe(
      'Envoyer un exemplaire de chaque modèle',
    );
    for (const control of form.querySelectorAll('input, select')) {
      expect(form.querySelector(`label[for="${control.id}"]`)).not.toBeNull();
    }
    expect(submit.disabled).toBe(true);
  });

  it('sends the address, the mobile and the language, then says how many messages are queued', async () => {
    const { fixture, fill, submit, text, field } = await render();
    await fill('samples-email', 'claire.martin@example.test');
    await fill('samples-mobile', '06 12 34 56 78');

    submit.click();
    const request = http.expectOne({ method: 'POST', url: '/api/dev/inbox/samples' });
    expect(request.request.body).toEqual({
      email: 'claire.martin@example.test',
      mobile: '06 12 34 56 78',
      language: 'fr',
    });
    request.flush({ queued: 9 }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();

    expect(text('samples-status')).toBe("9 messages mis en file d'attente.");
    expect(field('samples-status').getAttribute('role')).toBe('status');
  });

  it('leaves the mobile out when none is given and sends in the language chosen', async () => {
    const { fixture, fill, submit, text } = await render();
    await fill('samples-email', 'claire.martin@example.test');
    await fill('samples-language', 'en');

    submit.click();
    const request = http.expectOne({ method: 'POST', url: '/api/dev/inbox/samples' });
    expect(request.request.body).toEqual({ email: 'claire.martin@example.test', language: 'en' });
    request.flush({ queued: 1 }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();

    expect(text('samples-status')).toBe("1 message mis en file d'attente.");
  });

  it("puts the server's verdict on a field under it, translated from its code", async () => {
    const { fixture, fill, submit, text } = await render();
    // The browser accepts an address without a domain; the server's isEmail does not.
    await fill('samples-email', 'claire@localhost');

    submit.click();
    http.expectOne('/api/dev/inbox/samples').flush(
      {
        code: CommonErrorCode.ValidationFailed,
        message: 'Invalid input',
        fields: { email: ['isEmail'] },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();

    expect(text('samples-email-error')).toBe('Saisissez une adresse e-mail valide.');
    expect(text('samples-failure')).toBe('Certains champs sont à corriger.');
    expect(submit.disabled).toBe(true);

    TestBed.inject(Translator).use('en');
    await fixture.whenStable();
    expect(text('samples-email-error')).toBe('Enter a valid e-mail address.');
  });

  it('uses the generic message for a constraint it has no words for', async () => {
    const { fixture, fill, submit, text } = await render();
    await fill('samples-email', 'claire.martin@example.test');

    submit.click();
    http.expectOne('/api/dev/inbox/samples').flush(
      {
        code: CommonErrorCode.ValidationFailed,
        message: 'Invalid input',
        fields: { email: ['isSomethingNew'] },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();

    expect(text('samples-email-error')).toBe("Cette valeur n'est pas valide.");
  });

  it('puts a refused mobile number under the mobile field', async () => {
    const { fixture, fill, submit, text } = await render();
    await fill('samples-email', 'claire.martin@example.test');
    await fill('samples-mobile', '01 23 45 67 89');

    submit.click();
    http
      .expectOne('/api/dev/inbox/samples')
      .flush(
        { code: SmsErrorCode.InvalidPhoneNumber, message: 'Not a valid mobile number' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await fixture.whenStable();

    expect(text('samples-mobile-error')).toBe('Saisissez un numéro de mobile valide.');
  });

  it('says when the server cannot be reached', async () => {
    const { fixture, fill, submit, text } = await render();
    await fill('samples-email', 'claire.martin@example.test');

    submit.click();
    http.expectOne('/api/dev/inbox/samples').error(new ProgressEvent('error'));
    await fixture.whenStable();

    expect(text('samples-failure')).toBe(
      'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.',
    );
  });
});
