import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { IdentityFlowState } from '@guichet/contracts';
import { answerFlow, flowState, nextRequest } from '../../../testing/identity-flow';
import { startApp, textOf } from '../../../testing/render-app';
import { sessionInfo } from '../../../testing/session-info';
import { App } from '../../app';

describe('legacy migration wizard', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
  });

  const router = () => TestBed.inject(Router);
  const migrating = (changes: Parameters<typeof sessionInfo>[0] = {}) =>
    sessionInfo({ nextStep: 'legacy-migration', ...changes });
  const legacy = (changes: Partial<IdentityFlowState>) =>
    flowState({ kind: 'legacy-migration', ...changes });
  const element = <T extends HTMLElement>(fixture: ComponentFixture<App>, id: string) => {
    const found = (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };
  const settle = async (fixture: ComponentFixture<App>) => {
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  };

  /** A signed-in user whose next step is the migration opens `url`; no flow yet on the server. */
  const start = async (url: string, started: IdentityFlowState) => {
    startApp({ session: migrating() });
    const fixture = TestBed.createComponent(App);
    const navigation = router().navigateByUrl(url);
    await answerFlow(null);
    (await nextRequest({ method: 'POST', url: '/api/identity/legacy-migration' })).flush(started);
    await navigation;
    await settle(fixture);
    return fixture;
  };

  it('starts the migration on entry and asks for an e-mail when none is on file (IDV-2a)', async () => {
    const fixture = await start('/legacy-migration', legacy({ step: 'enter-email' }));

    expect(router().url).toBe('/legacy-migration/enter-email');
    expect(textOf(fixture, 'main h1')).toBe('Mise à jour de votre accès');
    expect(textOf(fixture, '[data-testid="wizard-intro"]')).toBe(
      'Conformément au Règlement Général sur la Protection des Données (RGPD), vous devez procéder au changement de votre mot de passe.',
    );
    expect(textOf(fixture, 'main')).toContain(
      'Pour cette opération, nous avons besoin de votre adresse mail pour vous envoyer un lien permettant le changement de votre mot de passe.',
    );
    expect(textOf(fixture, '[data-testid="wizard-progress-count"]')).toBe('Étape 1 sur 3');

    const input = element<HTMLInputElement>(fixture, 'step-email');
    input.value = 'pas-une-adresse';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(element<HTMLButtonElement>(fixture, 'step-submit').disabled).toBe(true);
    input.value = 's.teng@example.test';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    element(fixture, 'step-submit').click();

    const request = await nextRequest({ method: 'POST', url: '/api/identity/flow/email' });
    expect(request.request.body).toEqual({ email: 's.teng@example.test' });
    request.flush(legacy({ step: 'link-sent', email: 's.teng@example.test' }));
    await settle(fixture);

    expect(router().url).toBe('/legacy-migration/link-sent');
    expect(textOf(fixture, '[data-testid="link-sent-message"]')).toBe(
      "Un mail contenant le lien pour changer votre mot de passe vient d'être envoyé à l'adresse s.teng@example.test",
    );
    // The reason is said; at the end only what happened matters.
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid="wizard-intro"]'),
    ).toBeNull();
  });

  it('shows the address on file masked, to confirm (IDV-2b)', async () => {
    const fixture = await start(
      '/legacy-migration',
      legacy({ step: 'confirm-email', email: 's.b******@demo.guichet.test' }),
    );

    expect(router().url).toBe('/legacy-migration/confirm-email');
    expect(textOf(fixture, '[data-testid="masked-email"]')).toBe('s.b******@demo.guichet.test');

    element(fixture, 'step-submit').click();
    (await nextRequest({ method: 'POST', url: '/api/identity/flow/confirm-email' })).flush(
      legacy({ step: 'link-sent', email: 's.b******@demo.guichet.test' }),
    );
    await settle(fixture);

    expect(router().url).toBe('/legacy-migration/link-sent');
  });

  it('leads "no longer have access" to the contact step and its mobile check', async () => {
    const fixture = await start(
      '/legacy-migration',
      legacy({ step: 'confirm-email', email: 's.b******@demo.guichet.test' }),
    );

    element(fixture, 'replace-email').click();
    (await nextRequest({ method: 'POST', url: '/api/identity/flow/replace-email' })).flush(
      legacy({ step: 'contact' }),
    );
    await settle(fixture);

    expect(router().url).toBe('/legacy-migration/contact');
  });

  it('signs out on Close: the user signs in again with the new password', async () => {
    startApp({ session: migrating() });
    const fixture = TestBed.createComponent(App);
    const navigation = router().navigateByUrl('/legacy-migration/link-sent');
    await answerFlow(legacy({ step: 'link-sent', email: 's.b******@demo.guichet.test' }));
    await navigation;
    await settle(fixture);

    element(fixture, 'step-close').click();
    (await nextRequest({ method: 'DELETE', url: '/api/identity/flow' })).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    (await nextRequest({ method: 'POST', url: '/api/auth/sign-out' })).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    await settle(fixture);

    expect(router().url).toBe('/login?signedOut=1');
  });

  it('offers to try again when the migration cannot start', async () => {
    startApp({ session: migrating() });
    const fixture = TestBed.createComponent(App);
    const navigation = router().navigateByUrl('/legacy-migration');
    await answerFlow(null);
    (await nextRequest('/api/identity/legacy-migration')).flush(
      { code: 'COMMON_SERVICE_UNAVAILABLE', message: 'down' },
      { status: 503, statusText: 'Unavailable' },
    );
    await navigation;
    await settle(fixture);

    expect(router().url).toBe('/legacy-migration');
    expect(textOf(fixture, '[data-testid="flow-unavailable"]')).toBe(
      'Le service est momentanément indisponible.',
    );

    element(fixture, 'flow-retry').click();
    await answerFlow(null);
    (await nextRequest('/api/identity/legacy-migration')).flush(legacy({ step: 'enter-email' }));
    await settle(fixture);

    expect(router().url).toBe('/legacy-migration/enter-email');
  });

  it('is closed to a user who has no migration to do', async () => {
    startApp({ session: sessionInfo() });
    TestBed.createComponent(App);
    await router().navigateByUrl('/legacy-migration');

    expect(router().url).toBe('/home');
  });
});
