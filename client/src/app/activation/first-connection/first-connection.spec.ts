import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import {
  CaptchaErrorCode,
  IdentityErrorCode,
  type IdentityFlowState,
  OtpErrorCode,
} from '@guichet/contracts';
import { solveCaptcha } from '../../../testing/captcha';
import {
  answerFlow,
  apiError,
  atVerifyCode,
  flowState,
  nextRequest,
} from '../../../testing/identity-flow';
import { type TestServer, startApp, textOf } from '../../../testing/render-app';
import { App } from '../../app';

describe('first connection wizard', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
  });

  const router = () => TestBed.inject(Router);
  const page = (fixture: ComponentFixture<App>) => fixture.nativeElement as HTMLElement;
  const element = <T extends HTMLElement>(fixture: ComponentFixture<App>, id: string) => {
    const found = page(fixture).querySelector<T>(`[data-testid="${id}"]`);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };
  const type = async (fixture: ComponentFixture<App>, id: string, value: string) => {
    const input = element<HTMLInputElement>(fixture, id);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const click = async (fixture: ComponentFixture<App>, id: string) => {
    element(fixture, id).click();
    await fixture.whenStable();
  };
  const settle = async (fixture: ComponentFixture<App>) => {
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  };

  /** Opens `url` as a fresh page load would (a refresh), the server holding `flow`. */
  const open = async (url: string, flow: IdentityFlowState | null, server: TestServer = {}) => {
    startApp(server);
    const fixture = TestBed.createComponent(App);
    const navigation = router().navigateByUrl(url);
    await answerFlow(flow);
    await navigation;
    await settle(fixture);
    return fixture;
  };

  describe('routing', () => {
    it('opens on the access code when the browser has no flow', async () => {
      const fixture = await open('/first-connection', null);

      expect(router().url).toBe('/first-connection/access-code');
      expect(textOf(fixture, 'main h1')).toBe('Première connexion');
      expect(textOf(fixture, 'main h2')).toBe("Votre code d'accès");
      expect(textOf(fixture, 'main')).toContain(
        "Afin de vous identifier et de vous délivrer un accès à votre espace client, nous vous remercions de saisir votre code d'accès.",
      );
      expect(textOf(fixture, '[data-testid="wizard-progress-count"]')).toBe('Étape 1 sur 4');
      expect(document.title).toBe('Première connexion · Guichet');
    });

    it('sends a later step asked by URL without a flow back to the first incomplete step', async () => {
      await open('/first-connection/verify-code', null);

      expect(router().url).toBe('/first-connection/access-code');
    });

    it('resumes the flow after a refresh, at the step the server says', async () => {
      const fixture = await open('/first-connection/access-code', flowState({ step: 'contact' }));

      expect(router().url).toBe('/first-connection/contact');
      expect(textOf(fixture, 'main h2')).toBe('Vos coordonnées');
      expect(textOf(fixture, '[data-testid="wizard-progress-count"]')).toBe('Étape 2 sur 4');
      expect(
        page(fixture).querySelector('[aria-current="step"]')?.textContent.replace(/\s+/g, ' '),
      ).toContain('Adresse e-mail');
    });

    it('keeps the workspace of a deep link', async () => {
      const fixture = await open('/w/demo/first-connection', null);

      expect(router().url).toBe('/w/demo/first-connection/access-code');
      expect(element<HTMLInputElement>(fixture, 'step-workspace').value).toBe('demo');
    });

    it('hides the workspace field in a single-workspace deployment', async () => {
      const fixture = await open('/first-connection', null, {
        signInOptions: { singleWorkspace: { slug: 'demo', name: 'Cabinet Demo' } },
      });

      expect(page(fixture).querySelector('[data-testid="step-workspace"]')).toBeNull();
    });

    it('moves the focus to the heading of the step', async () => {
      const fixture = await open('/first-connection', null);

      expect(document.activeElement).toBe(page(fixture).querySelector('main h2'));
    });
  });

  describe('access code', () => {
    const fill = async (fixture: ComponentFixture<App>) => {
      await type(fixture, 'step-workspace', ' Demo ');
      await type(fixture, 'step-access-code', ' 25350003 ');
      solveCaptcha('solved');
      await fixture.whenStable();
    };

    it('can be sent once filled in and the CAPTCHA solved, then shows the step answered', async () => {
      const fixture = await open('/first-connection', null);
      const submit = element<HTMLButtonElement>(fixture, 'step-submit');
      expect(submit.textContent.trim()).toBe('Valider');
      expect(submit.disabled).toBe(true);

      await fill(fixture);
      expect(submit.disabled).toBe(false);
      await click(fixture, 'step-submit');

      const request = await nextRequest({ method: 'POST', url: '/api/identity/first-connection' });
      expect(request.request.body).toEqual({
        workspace: 'demo',
        accessCode: '25350003',
        captcha: 'solved',
      });
      request.flush(flowState({ step: 'confirm-email', email: 'c.m******@demo.guichet.test' }));
      await settle(fixture);

      expect(router().url).toBe('/first-connection/confirm-email');
      expect(textOf(fixture, 'main')).toContain("Souhaitez-vous utiliser l'adresse ci-dessous ?");
      expect(textOf(fixture, '[data-testid="masked-email"]')).toBe('c.m******@demo.guichet.test');
      expect(textOf(fixture, '[data-testid="replace-email"]')).toBe('Formulaire de saisie');
    });

    it('announces a refused CAPTCHA and solves a new one', async () => {
      const fixture = await open('/first-connection', null);
      await fill(fixture);
      await click(fixture, 'step-submit');

      apiError(await nextRequest('/api/identity/first-connection'), 400, CaptchaErrorCode.Replayed);
      await settle(fixture);

      const problem = element(fixture, 'step-problem');
      expect(problem.getAttribute('role')).toBe('alert');
      expect(problem.textContent).toContain('Cette vérification anti-robot a déjà servi.');
      expect(document.activeElement).toBe(problem);
      expect(element<HTMLButtonElement>(fixture, 'step-submit').disabled).toBe(true);
    });

    it('goes back to the sign-in page on Cancel', async () => {
      const fixture = await open('/w/demo/first-connection', null);

      await click(fixture, 'step-cancel');
      await settle(fixture);

      expect(router().url).toBe('/w/demo/login');
    });
  });

  describe('contact', () => {
    it('asks for both the e-mail and the mobile, in French formats, before going on', async () => {
      const fixture = await open('/first-connection/contact', flowState({ step: 'contact' }));
      const submit = element<HTMLButtonElement>(fixture, 'step-submit');

      expect(textOf(fixture, 'main')).toContain(
        "* La saisie de l'adresse mail et du numéro de téléphone mobile est obligatoire pour pouvoir continuer.",
      );
      await type(fixture, 'step-email', 'marc.durand@example.test');
      expect(submit.disabled).toBe(true);
      await type(fixture, 'step-mobile', '06 06');
      expect(submit.disabled).toBe(true);
      await type(fixture, 'step-mobile', '06.06.10.10.10');
      expect(submit.disabled).toBe(false);

      await click(fixture, 'step-submit');
      const request = await nextRequest({ method: 'POST', url: '/api/identity/flow/contact' });
      expect(request.request.body).toEqual({
        email: 'marc.durand@example.test',
        mobile: '06.06.10.10.10',
      });
      request.flush(atVerifyCode({ maskedMobile: '+33 6 •• •• •• 10' }));
      await settle(fixture);

      expect(router().url).toBe('/first-connection/verify-code');
      expect(textOf(fixture, 'main')).toContain(
        'Vous allez recevoir un code de confirmation par SMS sur le numéro de téléphone suivant :',
      );
      expect(textOf(fixture, '[data-testid="masked-mobile"]')).toBe('+33 6 •• •• •• 10');
    });

    it('shows the server verdict on a field', async () => {
      const fixture = await open('/first-connection/contact', flowState({ step: 'contact' }));
      await type(fixture, 'step-email', 'marc.durand@example.test');
      await type(fixture, 'step-mobile', '01 23 45 67 89');
      await click(fixture, 'step-submit');

      apiError(await nextRequest('/api/identity/flow/contact'), 422, 'SMS_INVALID_PHONE_NUMBER', {
        fields: { mobile: ['invalid'] },
      });
      await settle(fixture);

      expect(textOf(fixture, 'main mat-error')).toBe('Saisissez un numéro de mobile valide.');
      expect(textOf(fixture, '[data-testid="step-problem"]')).toBe(
        'Saisissez un numéro de mobile valide.',
      );
    });

    it('starts again, saying why, when the flow expired meanwhile', async () => {
      const fixture = await open('/first-connection/contact', flowState({ step: 'contact' }));
      await type(fixture, 'step-email', 'marc.durand@example.test');
      await type(fixture, 'step-mobile', '0606101010');
      await click(fixture, 'step-submit');

      apiError(
        await nextRequest('/api/identity/flow/contact'),
        404,
        IdentityErrorCode.FlowNotFound,
      );
      await settle(fixture);

      expect(router().url).toBe('/first-connection/access-code');
      expect(textOf(fixture, '[data-testid="wizard-notice"]')).toBe(
        "Cette démarche a expiré ou n'existe pas. Merci de la recommencer.",
      );
    });
  });

  describe('SMS code', () => {
    it('is a 6-digit one-time code field with the tries left', async () => {
      const fixture = await open('/first-connection/verify-code', atVerifyCode());
      const code = element<HTMLInputElement>(fixture, 'step-code');

      expect(code.getAttribute('autocomplete')).toBe('one-time-code');
      expect(code.getAttribute('inputmode')).toBe('numeric');
      expect(textOf(fixture, '[data-testid="attempts-left"]')).toBe('Il vous reste 5 essais.');
      expect(element<HTMLButtonElement>(fixture, 'step-submit').textContent.trim()).toBe(
        'Confirmer',
      );
      await type(fixture, 'step-code', '12345');
      expect(element<HTMLButtonElement>(fixture, 'step-submit').disabled).toBe(true);
      await type(fixture, 'step-code', '123 456');
      expect(element<HTMLButtonElement>(fixture, 'step-submit').disabled).toBe(false);
    });

    it('says how many tries are left after a wrong code, as the server counts them', async () => {
      const fixture = await open('/first-connection/verify-code', atVerifyCode());
      await type(fixture, 'step-code', '123456');
      await click(fixture, 'step-submit');

      const request = await nextRequest({ method: 'POST', url: '/api/identity/flow/code' });
      expect(request.request.body).toEqual({ code: '123456' });
      apiError(request, 422, IdentityErrorCode.WrongCode);
      await answerFlow(atVerifyCode({ attemptsLeft: 1 }));
      await settle(fixture);

      expect(textOf(fixture, '[data-testid="step-problem"]')).toBe(
        'Ce code est erroné ou a expiré. Il vous reste 1 essai.',
      );
      expect(document.activeElement).toBe(element(fixture, 'step-problem'));
      expect(element<HTMLInputElement>(fixture, 'step-code').value).toBe('');
    });

    it('ends on the fifth wrong code: back to the start, saying why', async () => {
      const fixture = await open(
        '/first-connection/verify-code',
        atVerifyCode({ attemptsLeft: 1 }),
      );
      await type(fixture, 'step-code', '000000');
      await click(fixture, 'step-submit');

      apiError(await nextRequest('/api/identity/flow/code'), 410, IdentityErrorCode.FlowEnded);
      await settle(fixture);

      expect(router().url).toBe('/first-connection/access-code');
      expect(textOf(fixture, '[data-testid="wizard-notice"]')).toBe(
        'Trop de codes erronés : cette démarche est terminée. Merci de la recommencer.',
      );
    });

    it('offers a new code once the cooldown is over, and waits as the server says', async () => {
      jest.useFakeTimers({ advanceTimers: true });
      try {
        const fixture = await open(
          '/first-connection/verify-code',
          atVerifyCode({ resendInSeconds: 2 }),
        );
        const resend = element<HTMLButtonElement>(fixture, 'resend-code');
        expect(resend.disabled).toBe(true);
        expect(resend.textContent.trim()).toBe('Envoyer un nouveau code dans 2 s');

        await jest.advanceTimersByTimeAsync(3_000);
        await fixture.whenStable();
        expect(resend.disabled).toBe(false);
        expect(resend.textContent.trim()).toBe('Envoyer un nouveau code');

        await click(fixture, 'resend-code');
        apiError(await nextRequest('/api/identity/flow/code/resend'), 429, OtpErrorCode.Cooldown, {
          headers: { 'Retry-After': '30' },
        });
        await settle(fixture);
        expect(resend.textContent.trim()).toBe('Envoyer un nouveau code dans 30 s');
        expect(textOf(fixture, '[data-testid="step-problem"]')).toContain('Patientez un instant');
      } finally {
        jest.useRealTimers();
      }
    });

    it('hands the request to the firm when the user no longer has the phone', async () => {
      const fixture = await open('/first-connection/verify-code', atVerifyCode());

      await click(fixture, 'phone-lost');
      (await nextRequest({ method: 'POST', url: '/api/identity/flow/review' })).flush(
        flowState({ step: 'under-review' }),
      );
      await settle(fixture);

      expect(router().url).toBe('/first-connection/under-review');
      expect(textOf(fixture, '[data-testid="under-review-message"]')).toBe(
        'Si les informations saisies correspondent à celles de notre dossier, vous recevrez un mail contenant le lien pour définir votre mot de passe.',
      );
    });
  });

  describe('end', () => {
    it('says where the link went, and Close forgets the flow and leads to sign-in', async () => {
      const fixture = await open(
        '/first-connection/link-sent',
        flowState({ step: 'link-sent', email: 'marc.durand@example.test' }),
      );
      expect(textOf(fixture, '[data-testid="link-sent-message"]')).toBe(
        "Un mail contenant le lien pour changer votre mot de passe vient d'être envoyé à l'adresse marc.durand@example.test",
      );
      expect(textOf(fixture, '[data-testid="wizard-progress-count"]')).toBe('Étape 4 sur 4');

      await click(fixture, 'step-close');
      (await nextRequest({ method: 'DELETE', url: '/api/identity/flow' })).flush(null, {
        status: 204,
        statusText: 'No Content',
      });
      await settle(fixture);
      expect(router().url).toBe('/w/demo/login');

      // A new visit starts afresh: the store was reset and asks the server again.
      const back = router().navigateByUrl('/first-connection');
      await answerFlow(null);
      await back;
      await settle(fixture);
      expect(router().url).toBe('/first-connection/access-code');
    });
  });

  it('cancels the flow on the server on Cancel and leads back to sign-in', async () => {
    const fixture = await open(
      '/first-connection/confirm-email',
      flowState({ step: 'confirm-email', email: 'c.m******@demo.guichet.test' }),
    );

    await click(fixture, 'step-cancel');
    (await nextRequest({ method: 'DELETE', url: '/api/identity/flow' })).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    await settle(fixture);

    expect(router().url).toBe('/w/demo/login');
  });
});
