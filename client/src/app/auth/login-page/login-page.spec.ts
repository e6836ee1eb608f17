import { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import {
  AuthErrorCode,
  CaptchaErrorCode,
  CommonErrorCode,
  type SessionInfo,
} from '@guichet/contracts';
import { captchaWidget, solveCaptcha } from '../../../testing/captcha';
import { answerFlow, flowState } from '../../../testing/identity-flow';
import { renderApp, startApp, textOf } from '../../../testing/render-app';
import { adminSession, sessionInfo } from '../../../testing/session-info';
import type { App } from '../../app';
import { Translator } from '../../core/i18n';
import { SessionStore } from '../../core/session/session-store';

describe('LoginPage', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  const page = (fixture: ComponentFixture<App>) => fixture.nativeElement as HTMLElement;
  const field = (fixture: ComponentFixture<App>, name: string) =>
    page(fixture).querySelector<HTMLInputElement>(`[data-testid="login-${name}"]`);
  const submitButton = (fixture: ComponentFixture<App>) => {
    const button = page(fixture).querySelector<HTMLButtonElement>('[data-testid="login-submit"]');
    if (!button) throw new Error('no submit button');
    return button;
  };
  const labels = (fixture: ComponentFixture<App>) =>
    [...page(fixture).querySelectorAll('main mat-label')].map((label) => label.textContent.trim());
  const problem = (fixture: ComponentFixture<App>) =>
    textOf(fixture, '[data-testid="login-problem"]');
  const http = () => TestBed.inject(HttpTestingController);

  const type = (fixture: ComponentFixture<App>, name: string, value: string) => {
    const input = field(fixture, name);
    if (!input) throw new Error(`no ${name} field`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  /** Fills the form as the demo admin would, solves the CAPTCHA and waits for the page. */
  const fillIn = async (
    fixture: ComponentFixture<App>,
    values: { workspace?: string; identifier?: string; password?: string } = {},
  ) => {
    const { workspace = 'demo', identifier = 'ADMIN001', password = 'Demo-Admin-2026!' } = values;
    if (field(fixture, 'workspace')) type(fixture, 'workspace', workspace);
    type(fixture, 'identifier', identifier);
    type(fixture, 'password', password);
    solveCaptcha();
    await fixture.whenStable();
  };

  const submit = async (fixture: ComponentFixture<App>) => {
    submitButton(fixture).click();
    await fixture.whenStable();
    return http().expectOne({ method: 'POST', url: '/api/auth/sign-in' });
  };

  const answerError = async (
    fixture: ComponentFixture<App>,
    status: number,
    code: string,
    extra: { fields?: Record<string, string[]>; headers?: Record<string, string> } = {},
  ) => {
    const request = await submit(fixture);
    request.flush(
      { code, message: 'refused', fields: extra.fields },
      { status, statusText: 'Refused', headers: extra.headers },
    );
    await fixture.whenStable();
  };

  const signInAs = async (fixture: ComponentFixture<App>, session: SessionInfo) => {
    await fillIn(fixture);
    (await submit(fixture)).flush(session);
    await fixture.whenStable();
  };

  describe('form', () => {
    it('asks for the workspace, the access code or e-mail and the password, in French', async () => {
      const fixture = await renderApp('/login');

      expect(textOf(fixture, 'main h1')).toBe('Connexion');
      expect(labels(fixture)).toEqual([
        'Espace de travail',
        "Code d'accès ou e-mail",
        'Mot de passe',
      ]);
      expect(field(fixture, 'password')?.type).toBe('password');
      expect(field(fixture, 'identifier')?.autocomplete).toBe('username');
      expect(field(fixture, 'password')?.autocomplete).toBe('current-password');
      expect(textOf(fixture, '[data-testid="login-private-computer"]')).toBe(
        "C'est un ordinateur privé : rester connecté 12 heures",
      );
      expect(textOf(fixture, '[data-testid="captcha"]')).toContain('Vérification anti-robot');
    });

    it('labels every field so it can be found by its name', async () => {
      const fixture = await renderApp('/login');

      for (const input of page(fixture).querySelectorAll('main mat-form-field input')) {
        expect(page(fixture).querySelector(`label[for="${input.id}"]`)).not.toBeNull();
      }
    });

    it('leads to the help pages of seed 000 and 003', async () => {
      const fixture = await renderApp('/login');
      const links = [...page(fixture).querySelectorAll<HTMLAnchorElement>('main nav a')];

      expect(links.map((link) => [link.textContent.trim(), link.getAttribute('href')])).toEqual([
        ['Mot de passe oublié ?', '/forgot-password'],
        ['Première connexion', '/first-connection'],
        ["J'ai oublié mes identifiants", '/lost-identifier'],
      ]);
    });

    it('keeps the workspace of a deep link in the help links', async () => {
      const fixture = await renderApp('/w/demo/login');
      const links = [...page(fixture).querySelectorAll<HTMLAnchorElement>('main nav a')];

      expect(links.map((link) => link.getAttribute('href'))).toEqual([
        '/w/demo/forgot-password',
        '/w/demo/first-connection',
        '/w/demo/lost-identifier',
      ]);
    });

    it('shows and hides the password on request', async () => {
      const fixture = await renderApp('/login');
      const toggle = page(fixture).querySelector<HTMLButtonElement>(
        '[data-testid="login-password-toggle"]',
      );

      expect(toggle?.getAttribute('aria-label')).toBe('Afficher le mot de passe');
      expect(toggle?.getAttribute('aria-pressed')).toBe('false');
      toggle?.click();
      await fixture.whenStable();

      expect(field(fixture, 'password')?.type).toBe('text');
      expect(toggle?.getAttribute('aria-pressed')).toBe('true');
    });

    it('tells that a field left empty is required', async () => {
      const fixture = await renderApp('/login');

      field(fixture, 'identifier')?.dispatchEvent(new Event('focus'));
      field(fixture, 'identifier')?.dispatchEvent(new Event('blur'));
      await fixture.whenStable();

      expect(textOf(fixture, 'main mat-error')).toBe('Ce champ est obligatoire.');
    });

    it('can be sent only once every field is filled and the CAPTCHA solved', async () => {
      const fixture = await renderApp('/login');
      expect(submitButton(fixture).disabled).toBe(true);

      type(fixture, 'workspace', 'demo');
      type(fixture, 'identifier', 'ADMIN001');
      type(fixture, 'password', 'Demo-Admin-2026!');
      await fixture.whenStable();
      expect(submitButton(fixture).disabled).toBe(true);
      expect(textOf(fixture, '[data-testid="captcha-status"]')).toBe('');

      captchaWidget().emit('verifying');
      await fixture.whenStable();
      expect(textOf(fixture, '[data-testid="captcha-status"]')).toBe(
        'Vérification anti-robot en cours…',
      );

      solveCaptcha();
      await fixture.whenStable();
      expect(submitButton(fixture).disabled).toBe(false);
      expect(textOf(fixture, '[data-testid="captcha-status"]')).toBe(
        'Vérification anti-robot terminée.',
      );
    });

    it('gives the CAPTCHA widget the interface language', async () => {
      const fixture = await renderApp('/login');
      expect(captchaWidget().getAttribute('language')).toBe('fr');
      expect(captchaWidget().getAttribute('challenge')).toBe('/api/captcha/challenge');
      expect(captchaWidget().getAttribute('auto')).toBe('onload');
      expect(globalThis.$altcha.i18n.get('fr')['label']).toBe('Je ne suis pas un robot');

      TestBed.inject(Translator).use('en');
      await fixture.whenStable();

      expect(captchaWidget().getAttribute('language')).toBe('en');
      expect(globalThis.$altcha.i18n.get('en')['label']).toBe("I'm not a robot");
      expect(labels(fixture)).toEqual(['Workspace', 'Access code or e-mail', 'Password']);
    });
  });

  describe('single-workspace deployment', () => {
    it('hides the workspace field, names the firm and signs in without a workspace', async () => {
      const fixture = await renderApp('/login', {
        signInOptions: { singleWorkspace: { slug: 'demo', name: 'Cabinet Demo' } },
      });

      expect(labels(fixture)).toEqual(["Code d'accès ou e-mail", 'Mot de passe']);
      expect(textOf(fixture, '[data-testid="login-single-workspace"]')).toBe(
        'Espace de travail : Cabinet Demo',
      );

      await fillIn(fixture);
      const request = await submit(fixture);
      expect(request.request.body).toEqual({
        identifier: 'ADMIN001',
        password: 'Demo-Admin-2026!',
        captcha: 'captcha-payload',
        privateComputer: false,
      });
    });
  });

  describe('deep links (AUTH-2)', () => {
    it('prefills the workspace and the identifier', async () => {
      const fixture = await renderApp('/w/demo/login?login=72018689');

      expect(field(fixture, 'workspace')?.value).toBe('demo');
      expect(field(fixture, 'identifier')?.value).toBe('72018689');
      expect(field(fixture, 'password')?.value).toBe('');
    });

    it.each(['password', 'pwd', 'mdp', 'motdepasse', 'MotDePasse'])(
      'ignores a password given as `%s`, removes it from the address and says why',
      async (name) => {
        const fixture = await renderApp(`/w/demo/login?login=72018689&${name}=ancien72`);

        expect(TestBed.inject(Router).url).toBe('/w/demo/login?login=72018689');
        expect(field(fixture, 'password')?.value).toBe('');
        expect(field(fixture, 'identifier')?.value).toBe('72018689');
        const warning = page(fixture).querySelector('[data-testid="login-notice-passwordInUrl"]');
        expect(warning?.getAttribute('role')).toBe('alert');
        expect(warning?.textContent).toContain(
          'Ne mettez jamais votre mot de passe dans une adresse web',
        );
      },
    );

    it('ignores a password in the fragment of an old bookmark (seed 003)', async () => {
      const fixture = await renderApp('/login#demo&login=72018689&password=ancien72');

      expect(TestBed.inject(Router).url).toBe('/login');
      expect(textOf(fixture, '[data-testid="login-notice-passwordInUrl"]')).toContain(
        'Ne mettez jamais votre mot de passe',
      );
    });
  });

  describe('signing in', () => {
    it('sends the form, the CAPTCHA answer and the private-computer choice', async () => {
      const fixture = await renderApp('/login');
      await fillIn(fixture, { workspace: ' Demo ', identifier: ' ADMIN001 ' });
      page(fixture)
        .querySelector<HTMLInputElement>('[data-testid="login-private-computer"] input')
        ?.click();
      await fixture.whenStable();

      const request = await submit(fixture);

      expect(request.request.body).toEqual({
        workspace: 'demo',
        identifier: 'ADMIN001',
        password: 'Demo-Admin-2026!',
        captcha: 'captcha-payload',
        privateComputer: true,
      });
      expect(textOf(fixture, '[data-testid="login-submit"]')).toBe('Connexion…');
      expect(submitButton(fixture).disabled).toBe(true);
    });

    it('leads home and shows who is signed in', async () => {
      const fixture = await renderApp('/login');

      await signInAs(fixture, adminSession());

      expect(TestBed.inject(Router).url).toBe('/home');
      expect(textOf(fixture, 'main h1')).toBe('Bienvenue, Alex Administrateur');
      expect(TestBed.inject(SessionStore).role()).toBe('admin');
    });

    it('leads back to the page asked for before signing in', async () => {
      const fixture = await renderApp('/login?returnUrl=%2Fhome%3Ftab%3Dparcels');

      await signInAs(fixture, sessionInfo());

      expect(TestBed.inject(Router).url).toBe('/home?tab=parcels');
    });

    it.each(['//evil.example/home', 'https://evil.example', '/\\evil.example'])(
      'never leads to another site (returnUrl %s)',
      async (returnUrl) => {
        const fixture = await renderApp(`/login?returnUrl=${encodeURIComponent(returnUrl)}`);

        await signInAs(fixture, sessionInfo());

        expect(TestBed.inject(Router).url).toBe('/home');
      },
    );

    it('sends a user whose next step is the legacy migration there first, resuming its flow', async () => {
      const fixture = await renderApp('/login?returnUrl=%2Fadmin');
      await fillIn(fixture);

      (await submit(fixture)).flush(adminSession({ nextStep: 'legacy-migration' }));
      // The wizard asks the server where the migration stands before it shows.
      await answerFlow(flowState({ kind: 'legacy-migration', step: 'enter-email' }));
      await fixture.whenStable();

      expect(TestBed.inject(Router).url).toBe('/legacy-migration/enter-email');
      expect(textOf(fixture, 'main h1')).toBe('Mise à jour de votre accès');
    });

    it.each([
      ['change-password', '/change-password', 'Changer mon mot de passe'],
      ['second-factor', '/second-factor', 'Vérification en deux étapes'],
    ] as const)('sends a user whose next step is %s there first', async (step, url, heading) => {
      const fixture = await renderApp('/login?returnUrl=%2Fadmin');

      await signInAs(
        fixture,
        adminSession({
          nextStep: step,
          secondFactor: { methods: ['totp'], maskedMobile: null },
        }),
      );

      expect(TestBed.inject(Router).url.split('?')[0]).toBe(url);
      expect(textOf(fixture, 'main h1')).toBe(heading);
    });
  });

  describe('refusals', () => {
    it('says the details are wrong, without saying which, and empties the password', async () => {
      const fixture = await renderApp('/login');
      await fillIn(fixture);

      await answerError(fixture, 401, AuthErrorCode.InvalidCredentials);

      const box = page(fixture).querySelector('[data-testid="login-problem"]');
      expect(box?.getAttribute('role')).toBe('alert');
      expect(problem(fixture)).toBe(
        'Les informations de connexion sont incorrectes. Vérifiez-les puis réessayez.',
      );
      expect(document.activeElement).toBe(box);
      expect(field(fixture, 'password')?.value).toBe('');
      expect(textOf(fixture, 'main mat-error')).toBe('');
      expect(field(fixture, 'identifier')?.value).toBe('ADMIN001');
      expect(submitButton(fixture).disabled).toBe(true);
    });

    it('starts a new CAPTCHA after each refusal, since an answer is accepted once', async () => {
      const fixture = await renderApp('/login');
      await fillIn(fixture);
      const before = captchaWidget().verifications;

      await answerError(fixture, 422, CaptchaErrorCode.Replayed);

      expect(captchaWidget().verifications).toBe(before + 1);
      expect(problem(fixture)).toBe(
        "Cette vérification anti-robot a déjà servi. Une nouvelle est en cours : réessayez dès qu'elle est terminée.",
      );
      expect(submitButton(fixture).disabled).toBe(true);

      solveCaptcha('second-payload');
      await fixture.whenStable();
      expect(submitButton(fixture).disabled).toBe(false);
      expect((await submit(fixture)).request.body).toMatchObject({ captcha: 'second-payload' });
    });

    it.each([
      [
        422,
        CaptchaErrorCode.Invalid,
        "La vérification anti-robot n'a pas abouti ou a expiré. Elle recommence : réessayez dès qu'elle est terminée.",
      ],
      [403, AuthErrorCode.CsrfRejected, "La demande n'a pas pu être vérifiée. Réessayez."],
      [403, AuthErrorCode.AccountLocked, 'Ce compte est bloqué. Contactez votre cabinet.'],
      [
        500,
        CommonErrorCode.Internal,
        'Une erreur est survenue sur le serveur. Réessayez dans un instant.',
      ],
    ])('words a %s %s', async (status, code, message) => {
      const fixture = await renderApp('/login');
      await fillIn(fixture);

      await answerError(fixture, status, code);

      expect(problem(fixture)).toBe(message);
    });

    it('marks the fields the server found invalid', async () => {
      const fixture = await renderApp('/login');
      await fillIn(fixture, { workspace: 'cabinet demo' });

      await answerError(fixture, 422, CommonErrorCode.ValidationFailed, {
        fields: { workspace: ['matches'] },
      });

      expect(problem(fixture)).toBe('Certains champs sont à corriger.');
      expect(textOf(fixture, 'main mat-error')).toBe("Ce format n'est pas accepté.");
      expect(field(fixture, 'workspace')?.getAttribute('aria-invalid')).toBe('true');
    });

    it('counts down the wait the server asks for after too many attempts', async () => {
      const fixture = await renderApp('/login');
      await fillIn(fixture);
      const request = await submit(fixture);
      jest.useFakeTimers();

      request.flush(
        { code: AuthErrorCode.Throttled, message: 'Too many attempts' },
        { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '2' } },
      );
      solveCaptcha('fresh-payload');
      TestBed.tick();

      expect(problem(fixture)).toBe('Trop de tentatives. Réessayez dans 2 secondes.');
      expect(textOf(fixture, '[data-testid="login-submit"]')).toBe('Réessayer dans 2 s');
      expect(submitButton(fixture).disabled).toBe(true);

      jest.advanceTimersByTime(1_000);
      TestBed.tick();
      expect(textOf(fixture, '[data-testid="login-submit"]')).toBe('Réessayer dans 1 s');
      expect(submitButton(fixture).disabled).toBe(true);

      jest.advanceTimersByTime(1_000);
      TestBed.tick();
      expect(textOf(fixture, '[data-testid="login-submit"]')).toBe('Se connecter');
      expect(submitButton(fixture).disabled).toBe(false);
    });
  });

  describe('notices', () => {
    it('says the session expired when sent here by the idle timeout', async () => {
      const fixture = await renderApp('/login?expired=1');

      expect(textOf(fixture, '[data-testid="login-notice-expired"]')).toBe(
        'Votre session a expiré. Reconnectez-vous pour continuer.',
      );
    });

    it('sends someone already signed in on to their next step', async () => {
      startApp({ session: sessionInfo({ nextStep: 'legacy-migration' }) });
      const navigation = TestBed.inject(Router).navigateByUrl('/login');
      await answerFlow(flowState({ kind: 'legacy-migration', step: 'confirm-email' }));
      await navigation;

      expect(TestBed.inject(Router).url).toBe('/legacy-migration/confirm-email');
    });
  });
});
