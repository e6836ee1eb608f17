import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import {
  Civility,
  CommonErrorCode,
  IdentityErrorCode,
  type PasswordLinkInfo,
} from '@guichet/contracts';
import { loadDictionaries } from '@guichet/password-policy';
import { apiError, nextRequest } from '../../../testing/identity-flow';
import { startApp, textOf } from '../../../testing/render-app';
import { App } from '../../app';
import { PasswordLinkToken } from './password-link-token';

describe('SetPasswordPage', () => {
  beforeAll(async () => {
    // The word lists, once for the file: the page then finds them loaded.
    await loadDictionaries();
  });

  beforeEach(() => {
    localStorage.clear();
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
  });

  const TOKEN = 'k3X9-token-from-the-mail';
  const router = () => TestBed.inject(Router);
  const linkInfo = (changes: Partial<PasswordLinkInfo> = {}): PasswordLinkInfo => ({
    purpose: 'activation',
    workspace: { slug: 'demo', name: 'Cabinet Demo' },
    identifier: '25350003',
    civility: Civility.Mr,
    firstName: 'Marc',
    lastName: 'Durand',
    termsRequired: false,
    rules: { minLength: 12, maxLength: 128 },
    policy: {
      preset: 'cnil-2022',
      minLength: 12,
      maxLength: 128,
      requiredClasses: 2,
      minEntropyBits: 50,
      minScore: 3,
      blockList: true,
      historySize: 5,
      maxAgeDays: null,
      minLengthWithSecondFactor: null,
    },
    context: { workspaceName: 'Cabinet Demo', firstName: 'Marc', lastName: 'Durand' },
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    ...changes,
  });
  const element = <T extends HTMLElement>(fixture: ComponentFixture<App>, id: string) => {
    const found = (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };
  const query = (fixture: ComponentFixture<App>, id: string) =>
    (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${id}"]`);
  const settle = async (fixture: ComponentFixture<App>) => {
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  };
  const type = async (fixture: ComponentFixture<App>, id: string, value: string) => {
    const input = element<HTMLInputElement>(fixture, id);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  };
  const met = (fixture: ComponentFixture<App>, rule: string) =>
    element(fixture, `rule-${rule}`).getAttribute('data-met');
  const submit = (fixture: ComponentFixture<App>) =>
    element<HTMLButtonElement>(fixture, 'step-submit');

  /** Opens the mailed link; the server answers the inspection with `answer`. */
  const open = async (
    answer: PasswordLinkInfo | { status: number; code: string },
    url = `/set-password?token=${TOKEN}`,
  ) => {
    startApp();
    const fixture = TestBed.createComponent(App);
    await router().navigateByUrl(url);
    const request = await nextRequest({ method: 'POST', url: '/api/identity/password-link' });
    expect(request.request.body).toEqual({ token: TOKEN });
    if ('status' in answer) apiError(request, answer.status, answer.code);
    else request.flush(answer);
    await settle(fixture);
    return fixture;
  };

  it('takes the token out of the address at once, keeping it in memory only', async () => {
    await open(linkInfo());

    expect(router().url).toBe('/set-password');
    expect(window.location.search).toBe('');
    expect(TestBed.inject(PasswordLinkToken).current()).toBe(TOKEN);
  });

  it('greets the person as the mail does and says which identifier to sign in with', async () => {
    const fixture = await open(linkInfo());

    expect(textOf(fixture, '[data-testid="set-password-greeting"]')).toBe(
      'Bonjour Monsieur Durand,',
    );
    expect(textOf(fixture, 'main')).toContain(
      'Cette page vous permet de définir un nouveau mot de passe permettant la connexion à votre espace client.',
    );
    expect(textOf(fixture, '[data-testid="set-password-identifier"]')).toBe(
      'Votre identifiant de connexion : 25350003 (Cabinet Demo)',
    );
    expect(query(fixture, 'set-password-terms')).toBeNull();
  });

  it('checks the password live against the policy of the link, and the confirmation', async () => {
    const fixture = await open(linkInfo());

    expect(textOf(fixture, '[data-testid="password-checklist"]')).toContain(
      'Au moins 12 caractères',
    );
    expect([met(fixture, 'min-length'), met(fixture, 'match')]).toEqual(['false', 'false']);
    expect(submit(fixture).disabled).toBe(true);

    await type(fixture, 'set-password-password', 'trop-court');
    expect(met(fixture, 'min-length')).toBe('false');
    expect(textOf(fixture, '[data-testid="rule-min-length"]')).toContain('(pas encore respecté)');

    // Long enough, but common and with the person's own name.
    await type(fixture, 'set-password-password', 'MarcDurand2024!');
    expect(met(fixture, 'min-length')).toBe('true');
    expect(met(fixture, 'no-context-words')).toBe('false');
    expect(met(fixture, 'min-entropy')).toBe('false');
    expect(submit(fixture).disabled).toBe(true);

    await type(fixture, 'set-password-password', 'Un mot de passe assez long');
    for (const rule of [
      'min-length',
      'max-length',
      'character-classes',
      'not-common',
      'no-context-words',
      'strength-score',
      'min-entropy',
    ]) {
      expect({ rule, met: met(fixture, rule) }).toEqual({ rule, met: 'true' });
    }

    await type(fixture, 'set-password-confirmation', 'Un mot de passe autre');
    expect(met(fixture, 'match')).toBe('false');
    expect(textOf(fixture, 'main mat-error')).toBe(
      'Les deux mots de passe ne sont pas identiques.',
    );
    expect(submit(fixture).disabled).toBe(true);

    await type(fixture, 'set-password-confirmation', 'Un mot de passe assez long');
    expect(met(fixture, 'match')).toBe('true');
    expect(submit(fixture).disabled).toBe(false);
  });

  it('shows and hides each password on request', async () => {
    const fixture = await open(linkInfo());
    const toggle = element<HTMLButtonElement>(fixture, 'set-password-password-toggle');

    expect(toggle.getAttribute('aria-label')).toBe('Afficher le mot de passe');
    expect(element<HTMLInputElement>(fixture, 'set-password-password').type).toBe('password');
    toggle.click();
    await fixture.whenStable();

    expect(element<HTMLInputElement>(fixture, 'set-password-password').type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(element<HTMLInputElement>(fixture, 'set-password-confirmation').type).toBe('password');
  });

  it('sets the password and leads to sign-in with the identifier filled in, saying so', async () => {
    const fixture = await open(linkInfo());
    await type(fixture, 'set-password-password', 'Un mot de passe assez long');
    await type(fixture, 'set-password-confirmation', 'Un mot de passe assez long');

    submit(fixture).click();
    const request = await nextRequest({ method: 'POST', url: '/api/identity/password-link/use' });
    expect(request.request.body).toEqual({ token: TOKEN, password: 'Un mot de passe assez long' });
    request.flush({ workspace: 'demo', identifier: '25350003' });
    await settle(fixture);

    expect(router().url).toBe('/w/demo/login?login=25350003');
    expect(textOf(fixture, '[data-testid="login-notice-passwordSet"]')).toBe(
      'Votre mot de passe est enregistré. Vous pouvez maintenant vous connecter avec votre identifiant et ce nouveau mot de passe.',
    );
    expect(
      (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
        '[data-testid="login-identifier"]',
      )?.value,
    ).toBe('25350003');
    expect(TestBed.inject(PasswordLinkToken).current()).toBeNull();
  });

  it('asks an invited person to accept the terms of use (seed 001)', async () => {
    const fixture = await open(linkInfo({ purpose: 'invitation', termsRequired: true }));
    await type(fixture, 'set-password-password', 'Un mot de passe assez long');
    await type(fixture, 'set-password-confirmation', 'Un mot de passe assez long');

    expect(element(fixture, 'set-password-terms-link').getAttribute('href')).toBe('/terms');
    expect(submit(fixture).disabled).toBe(true);
    element(fixture, 'set-password-terms').querySelector('input')?.click();
    await fixture.whenStable();
    expect(submit(fixture).disabled).toBe(false);

    submit(fixture).click();
    const request = await nextRequest('/api/identity/password-link/use');
    expect(request.request.body).toEqual({
      token: TOKEN,
      password: 'Un mot de passe assez long',
      acceptTerms: true,
    });
    request.flush({ workspace: 'demo', identifier: '25350003' });
    await settle(fixture);
  });

  it("shows the server's verdict on the password, naming the rules it refused", async () => {
    const fixture = await open(linkInfo());
    await type(fixture, 'set-password-password', 'Un mot de passe assez long');
    await type(fixture, 'set-password-confirmation', 'Un mot de passe assez long');

    submit(fixture).click();
    apiError(
      await nextRequest('/api/identity/password-link/use'),
      422,
      CommonErrorCode.ValidationFailed,
      {
        fields: { password: ['not-recent'] },
      },
    );
    await settle(fixture);

    expect(textOf(fixture, 'main mat-error')).toBe(
      'Ce mot de passe ne respecte pas toutes les règles ci-dessous.',
    );
    expect(textOf(fixture, '[data-testid="step-problem"]')).toBe(
      'Ce mot de passe est refusé : Différent de vos 5 derniers mots de passe.',
    );
    expect(met(fixture, 'not-recent')).toBe('false');

    // Another password: the refusal is gone.
    await type(fixture, 'set-password-password', 'Grue violette sur 7 toits!');
    expect(query(fixture, 'rule-not-recent')).toBeNull();
  });

  it('says "Ce lien n\'est plus valide" for a dead link, with a way to ask for a new one', async () => {
    const fixture = await open({ status: 410, code: IdentityErrorCode.LinkInvalid });

    expect(textOf(fixture, 'main h1')).toBe("Ce lien n'est plus valide");
    expect(router().url).toBe('/set-password');
    expect(element(fixture, 'ask-new-link').getAttribute('href')).toBe('/forgot-password');
    expect(textOf(fixture, '[data-testid="ask-new-link"]')).toBe('Demander un nouveau lien');
  });

  it('says the same when the link dies between opening and sending', async () => {
    const fixture = await open(linkInfo());
    await type(fixture, 'set-password-password', 'Un mot de passe assez long');
    await type(fixture, 'set-password-confirmation', 'Un mot de passe assez long');

    submit(fixture).click();
    apiError(
      await nextRequest('/api/identity/password-link/use'),
      410,
      IdentityErrorCode.LinkInvalid,
    );
    await settle(fixture);

    expect(textOf(fixture, 'main h1')).toBe("Ce lien n'est plus valide");
  });

  it('asks to open the mailed link again when the page has no token (after a reload)', async () => {
    startApp();
    const fixture = TestBed.createComponent(App);
    await router().navigateByUrl('/set-password');
    await settle(fixture);

    expect(textOf(fixture, 'main h1')).toBe("Ce lien n'est plus valide");
    expect(textOf(fixture, 'main')).toContain('Ouvrez à nouveau le lien reçu par mail');
    TestBed.inject(HttpTestingController).expectNone('/api/identity/password-link');
  });
});
