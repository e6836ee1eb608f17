import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { CommonErrorCode, type PasswordChangeInfo, type SessionInfo } from '@guichet/contracts';
import { CNIL_2022, SEED_002_CLASSIC, loadDictionaries } from '@guichet/password-policy';
import { apiError, nextRequest } from '../../../testing/identity-flow';
import { startApp, textOf } from '../../../testing/render-app';
import { sessionInfo } from '../../../testing/session-info';
import { App } from '../../app';
import { SessionStore } from '../../core/session/session-store';

describe('ChangePasswordPage', () => {
  beforeAll(async () => {
    await loadDictionaries();
  });

  beforeEach(() => {
    localStorage.clear();
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
  });

  const router = () => TestBed.inject(Router);
  const changeInfo = (changes: Partial<PasswordChangeInfo> = {}): PasswordChangeInfo => ({
    policy: CNIL_2022,
    context: {
      workspaceName: 'Cabinet Demo',
      workspaceCode: 'demo',
      firstName: 'Sophie',
      lastName: 'Bataillon',
      email: 'sophie.bataillon@example.test',
      accessCode: '70016968',
    },
    requiredBecause: 'temporary',
    passwordSetAt: new Date().toISOString(),
    ...changes,
  });
  const el = (fixture: ComponentFixture<App>) => fixture.nativeElement as HTMLElement;
  const element = <T extends HTMLElement>(fixture: ComponentFixture<App>, id: string) => {
    const found = el(fixture).querySelector<T>(`[data-testid="${id}"]`);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };
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
    element<HTMLButtonElement>(fixture, 'change-password-submit');
  const fillIn = async (fixture: ComponentFixture<App>, password: string) => {
    await type(fixture, 'change-password-current', 'Temporaire-7Kq2');
    await type(fixture, 'change-password-new', password);
    await type(fixture, 'change-password-confirmation', password);
  };

  /** Opens `/change-password` for `session`; the server answers the page's question with `info`. */
  const open = async (session: SessionInfo, info: PasswordChangeInfo = changeInfo()) => {
    startApp({ session });
    const fixture = TestBed.createComponent(App);
    await router().navigateByUrl('/change-password');
    (await nextRequest({ method: 'GET', url: '/api/profile/password' })).flush(info);
    await settle(fixture);
    return fixture;
  };
  const forced = () => sessionInfo({ nextStep: 'change-password' });

  it('says why the change comes first and checks the new password live with the user’s own words', async () => {
    const fixture = await open(forced());

    expect(router().url).toBe('/change-password');
    expect(textOf(fixture, 'main h1')).toBe('Changer mon mot de passe');
    expect(document.title).toBe('Changement du mot de passe · Guichet');
    expect(textOf(fixture, '[data-testid="change-password-reason"]')).toBe(
      'Votre mot de passe est temporaire : choisissez maintenant votre mot de passe strictement personnel pour continuer.',
    );

    await type(fixture, 'change-password-current', 'Temporaire-7Kq2');
    await type(fixture, 'change-password-new', 'Bataillon2026');
    expect(met(fixture, 'min-length')).toBe('true');
    expect(met(fixture, 'no-context-words')).toBe('false');
    expect(met(fixture, 'min-entropy')).toBe('false');
    expect(submit(fixture).disabled).toBe(true);

    await type(fixture, 'change-password-new', 'azertyuiop12');
    expect(met(fixture, 'not-common')).toBe('false');

    await type(fixture, 'change-password-new', 'Grue violette sur 7 toits!');
    await type(fixture, 'change-password-confirmation', 'Grue violette sur 7 toits!');
    expect(
      [...el(fixture).querySelectorAll('[data-testid="password-checklist"] li')].every(
        (line) => line.getAttribute('data-met') === 'true',
      ),
    ).toBe(true);
    expect(submit(fixture).disabled).toBe(false);
  });

  it('follows the policy of the workspace, whatever it is', async () => {
    const fixture = await open(forced(), changeInfo({ policy: SEED_002_CLASSIC }));
    await type(fixture, 'change-password-new', 'Kx9mLp2v');

    expect(textOf(fixture, '[data-testid="rule-min-length"]')).toContain('Au moins 8 caractères');
    expect(met(fixture, 'min-length')).toBe('true');
    expect(el(fixture).querySelector('[data-testid="rule-min-entropy"]')).toBeNull();
  });

  it('changes the password, takes the new session and goes on to home', async () => {
    const fixture = await open(forced());
    await fillIn(fixture, 'Grue violette sur 7 toits!');

    submit(fixture).click();
    const request = await nextRequest({ method: 'POST', url: '/api/profile/password' });
    expect(request.request.body).toEqual({
      currentPassword: 'Temporaire-7Kq2',
      newPassword: 'Grue violette sur 7 toits!',
    });
    request.flush(sessionInfo());
    await settle(fixture);

    expect(router().url).toBe('/home');
    expect(TestBed.inject(SessionStore).nextStep()).toBe('home');
    expect(document.body.textContent).toContain('Votre mot de passe a été changé.');
  });

  it('says when the current password is wrong, on its field', async () => {
    const fixture = await open(forced());
    await fillIn(fixture, 'Grue violette sur 7 toits!');

    submit(fixture).click();
    apiError(
      await nextRequest({ method: 'POST', url: '/api/profile/password' }),
      422,
      CommonErrorCode.ValidationFailed,
      { fields: { currentPassword: ['invalid'] } },
    );
    await settle(fixture);

    expect(textOf(fixture, '[data-testid="change-password-problem"]')).toBe(
      'Le mot de passe actuel est incorrect.',
    );
    expect(textOf(fixture, 'main mat-error')).toBe('Le mot de passe actuel est incorrect.');
    expect(router().url).toBe('/change-password');
  });

  it('names the rules the server refused, the history it alone can check among them', async () => {
    const fixture = await open(forced());
    await fillIn(fixture, 'Grue violette sur 7 toits!');

    submit(fixture).click();
    apiError(
      await nextRequest({ method: 'POST', url: '/api/profile/password' }),
      422,
      CommonErrorCode.ValidationFailed,
      { fields: { password: ['not-recent'] } },
    );
    await settle(fixture);

    expect(textOf(fixture, '[data-testid="change-password-problem"]')).toBe(
      'Ce mot de passe est refusé : Différent de vos 5 derniers mots de passe.',
    );
    expect(met(fixture, 'not-recent')).toBe('false');
    expect(submit(fixture).disabled).toBe(true);

    await type(fixture, 'change-password-new', 'Tr0mb0ne-Lune-Vapeur-91');
    expect(el(fixture).querySelector('[data-testid="rule-not-recent"]')).toBeNull();
  });

  it('refuses the current password as the new one', async () => {
    const fixture = await open(forced());
    await fillIn(fixture, 'Temporaire-7Kq2');

    expect(submit(fixture).disabled).toBe(true);
    expect(textOf(fixture, 'main mat-error')).toContain(
      "Le nouveau mot de passe doit être différent de l'actuel.",
    );
  });

  it('offers only signing out while the change is required', async () => {
    const fixture = await open(forced());

    expect(el(fixture).querySelector('[data-testid="change-password-cancel"]')).toBeNull();
    element<HTMLButtonElement>(fixture, 'change-password-sign-out').click();
    TestBed.inject(HttpTestingController)
      .expectOne({ method: 'POST', url: '/api/auth/sign-out' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);

    expect(router().url).toBe('/login?signedOut=1');
  });

  it('is the profile’s "Changer mon mot de passe" too, back to the profile after', async () => {
    const fixture = await open(sessionInfo(), changeInfo({ requiredBecause: null }));

    expect(el(fixture).querySelector('[data-testid="change-password-reason"]')).toBeNull();
    await fillIn(fixture, 'Grue violette sur 7 toits!');
    submit(fixture).click();
    (await nextRequest({ method: 'POST', url: '/api/profile/password' })).flush(sessionInfo());
    await settle(fixture);

    expect(router().url).toBe('/profile');
    TestBed.inject(HttpTestingController).expectOne('/api/profile');
  });
});
