import { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { AuthErrorCode, type SecondFactorMethod } from '@guichet/contracts';
import { renderApp, textOf } from '../../../testing/render-app';
import { adminSession, sessionInfo } from '../../../testing/session-info';
import type { App } from '../../app';

describe('SecondFactorPage', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  const pending = (methods: SecondFactorMethod[] = ['totp', 'sms', 'recovery']) =>
    adminSession({
      nextStep: 'second-factor',
      secondFactor: { methods, maskedMobile: '+33 6 •• •• •• 10' },
    });

  const element = <T extends HTMLElement>(fixture: ComponentFixture<App>, id: string) =>
    (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="second-factor-${id}"]`);
  const code = (fixture: ComponentFixture<App>) => element<HTMLInputElement>(fixture, 'code');
  const submit = (fixture: ComponentFixture<App>) => element<HTMLButtonElement>(fixture, 'submit');
  const http = () => TestBed.inject(HttpTestingController);

  const typeCode = async (fixture: ComponentFixture<App>, value: string) => {
    const input = code(fixture);
    if (!input) throw new Error('no code field');
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };

  const choose = async (fixture: ComponentFixture<App>, method: SecondFactorMethod) => {
    element(fixture, `method-${method}`)?.querySelector<HTMLInputElement>('input')?.click();
    await fixture.whenStable();
  };

  it('asks for the 6-digit code of the authenticator app first', async () => {
    const fixture = await renderApp('/second-factor', { session: pending() });

    expect(textOf(fixture, 'main h1')).toBe('Vérification en deux étapes');
    expect(textOf(fixture, 'main mat-label')).toBe('Code à 6 chiffres');
    expect(code(fixture)?.getAttribute('autocomplete')).toBe('one-time-code');
    expect(code(fixture)?.getAttribute('inputmode')).toBe('numeric');
    expect(submit(fixture)?.disabled).toBe(true);

    await typeCode(fixture, '12345');
    expect(submit(fixture)?.disabled).toBe(true);
    await typeCode(fixture, '123 456');
    expect(submit(fixture)?.disabled).toBe(false);
  });

  it('proves the factor and goes on to the next step', async () => {
    const fixture = await renderApp('/second-factor?returnUrl=%2Fadmin', { session: pending() });
    await typeCode(fixture, '123 456');

    submit(fixture)?.click();
    const request = http().expectOne({ method: 'POST', url: '/api/auth/second-factor/verify' });
    expect(request.request.body).toEqual({ method: 'totp', code: '123456' });
    request.flush(adminSession());
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/admin/accounts');
  });

  it('sends the SMS code to the masked mobile of the profile', async () => {
    const fixture = await renderApp('/second-factor', { session: pending() });
    await choose(fixture, 'sms');

    const send = element<HTMLButtonElement>(fixture, 'send-sms');
    expect(send?.textContent.trim()).toBe('Envoyer le code au +33 6 •• •• •• 10');
    send?.click();
    http()
      .expectOne({ method: 'POST', url: '/api/auth/second-factor/sms' })
      .flush(null, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();

    expect(textOf(fixture, '[data-testid="second-factor-sms-status"]')).toBe(
      "Un code vient d'être envoyé au +33 6 •• •• •• 10.",
    );
    expect(send?.disabled).toBe(true);
    expect(send?.textContent.trim()).toBe('Renvoyer le code dans 60\u00a0s');

    await typeCode(fixture, '654321');
    submit(fixture)?.click();
    expect(http().expectOne('/api/auth/second-factor/verify').request.body).toEqual({
      method: 'sms',
      code: '654321',
    });
  });

  it('accepts a recovery code instead', async () => {
    const fixture = await renderApp('/second-factor', { session: pending() });
    await choose(fixture, 'recovery');

    expect(textOf(fixture, 'main mat-label')).toBe('Code de secours');
    expect(code(fixture)?.getAttribute('autocomplete')).toBe('off');
    await typeCode(fixture, ' ABCD-EFGH ');
    submit(fixture)?.click();

    expect(http().expectOne('/api/auth/second-factor/verify').request.body).toEqual({
      method: 'recovery',
      code: 'ABCD-EFGH',
    });
  });

  it('says a wrong code is wrong, and lets the user try again', async () => {
    const fixture = await renderApp('/second-factor', { session: pending(['totp']) });
    expect(element(fixture, 'methods')).toBeNull();
    await typeCode(fixture, '000000');

    submit(fixture)?.click();
    http()
      .expectOne('/api/auth/second-factor/verify')
      .flush(
        { code: AuthErrorCode.InvalidCredentials, message: 'Wrong code' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await fixture.whenStable();

    const problem = element(fixture, 'problem');
    expect(problem?.textContent.trim()).toBe(
      "Ce code n'est pas valide. Vérifiez-le puis réessayez.",
    );
    expect(document.activeElement).toBe(problem);
    expect(code(fixture)?.value).toBe('');
    expect(TestBed.inject(Router).url).toBe('/second-factor');
  });

  it('is not reachable by a user who has no second factor to prove', async () => {
    await renderApp('/second-factor', { session: sessionInfo() });

    expect(TestBed.inject(Router).url).toBe('/home');
  });

  it('lets the user give up and sign out', async () => {
    const fixture = await renderApp('/second-factor', { session: pending() });

    element<HTMLButtonElement>(fixture, 'cancel')?.click();
    http().expectOne('/api/auth/sign-out').flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/login?signedOut=1');
  });
});
