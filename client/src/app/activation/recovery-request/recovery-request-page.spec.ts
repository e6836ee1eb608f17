import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { CaptchaErrorCode } from '@guichet/contracts';
import { solveCaptcha } from '../../../testing/captcha';
import { apiError, nextRequest } from '../../../testing/identity-flow';
import { renderApp, textOf } from '../../../testing/render-app';
import type { App } from '../../app';

describe('RecoveryRequestPage (forgotten password, lost identifier)', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
  });

  const element = <T extends HTMLElement>(fixture: ComponentFixture<App>, id: string) => {
    const found = (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };
  const type = async (fixture: ComponentFixture<App>, id: string, value: string) => {
    const input = element<HTMLInputElement>(fixture, id);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const settle = async (fixture: ComponentFixture<App>) => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  };

  describe('forgotten password', () => {
    it('asks for the workspace and identifier, then answers the same whatever the account', async () => {
      const fixture = await renderApp('/w/demo/forgot-password');
      expect(textOf(fixture, 'main h1')).toBe('Mot de passe oublié');
      expect(element<HTMLInputElement>(fixture, 'step-workspace').value).toBe('demo');
      expect(element<HTMLButtonElement>(fixture, 'step-submit').disabled).toBe(true);

      await type(fixture, 'step-identifier', ' 70016968 ');
      expect(element<HTMLButtonElement>(fixture, 'step-submit').disabled).toBe(true);
      solveCaptcha('solved');
      await fixture.whenStable();
      element(fixture, 'step-submit').click();

      const request = await nextRequest({ method: 'POST', url: '/api/identity/forgot-password' });
      expect(request.request.body).toEqual({
        workspace: 'demo',
        identifier: '70016968',
        captcha: 'solved',
      });
      request.flush(null, { status: 202, statusText: 'Accepted' });
      await settle(fixture);

      expect(textOf(fixture, '[data-testid="forgot-password-sent"]')).toBe(
        "Si ces informations correspondent à un compte, un mail contenant le lien pour changer votre mot de passe vient d'être envoyé à l'adresse enregistrée.",
      );
      expect(document.activeElement).toBe(element(fixture, 'forgot-password-sent'));
      expect(element(fixture, 'back-to-sign-in').getAttribute('href')).toBe('/w/demo/login');
    });

    it('announces a refused CAPTCHA and keeps the form', async () => {
      const fixture = await renderApp('/forgot-password');
      await type(fixture, 'step-workspace', 'demo');
      await type(fixture, 'step-identifier', '70016968');
      solveCaptcha();
      await fixture.whenStable();
      element(fixture, 'step-submit').click();

      apiError(await nextRequest('/api/identity/forgot-password'), 400, CaptchaErrorCode.Invalid);
      await settle(fixture);

      expect(textOf(fixture, '[data-testid="step-problem"]')).toContain(
        "La vérification anti-robot n'a pas abouti",
      );
      expect(element<HTMLInputElement>(fixture, 'step-identifier').value).toBe('70016968');
    });
  });

  describe('lost identifier', () => {
    it('asks for the e-mail, then answers the same whatever the account', async () => {
      const fixture = await renderApp('/lost-identifier', {
        signInOptions: { singleWorkspace: { slug: 'demo', name: 'Cabinet Demo' } },
      });
      expect(textOf(fixture, 'main h1')).toBe("J'ai oublié mes identifiants");
      expect(
        (fixture.nativeElement as HTMLElement).querySelector('[data-testid="step-workspace"]'),
      ).toBeNull();

      await type(fixture, 'step-email', 'pas une adresse');
      solveCaptcha('solved');
      await fixture.whenStable();
      expect(element<HTMLButtonElement>(fixture, 'step-submit').disabled).toBe(true);
      await type(fixture, 'step-email', 's.bataillon@demo.guichet.test');
      element(fixture, 'step-submit').click();

      const request = await nextRequest({ method: 'POST', url: '/api/identity/lost-identifier' });
      expect(request.request.body).toEqual({
        email: 's.bataillon@demo.guichet.test',
        captcha: 'solved',
      });
      request.flush(null, { status: 202, statusText: 'Accepted' });
      await settle(fixture);

      expect(textOf(fixture, '[data-testid="lost-identifier-sent"]')).toContain(
        'Si cette adresse correspond à un compte',
      );
    });
  });
});
