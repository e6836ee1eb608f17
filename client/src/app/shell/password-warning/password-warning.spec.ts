import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { renderApp, textOf } from '../../../testing/render-app';
import { sessionInfo } from '../../../testing/session-info';
import { PasswordWarning } from './password-warning';

describe(PasswordWarning.name, () => {
  beforeEach(() => {
    localStorage.clear();
  });

  const warned = (reasons: Array<'weak' | 'expired'>, expiresAt: string | null = null) =>
    sessionInfo({ passwordWarning: { reasons, unmetRules: ['min-length'], expiresAt } });

  it('tells a user of a workspace in warn mode that their password is below the policy', async () => {
    const fixture = await renderApp('/home', { session: warned(['weak']) });

    expect(textOf(fixture, '[data-testid="password-warning"] [role="status"]')).toBe(
      "Votre mot de passe ne respecte plus la stratégie des mots de passe de votre cabinet. Changez-le dès maintenant : bientôt, il devra l'être avant toute connexion.",
    );
    const link = (fixture.nativeElement as HTMLElement).querySelector<HTMLAnchorElement>(
      '[data-testid="password-warning-change"]',
    );
    expect(link?.getAttribute('href')).toBe('/change-password');
  });

  it('dates an expired password', async () => {
    const fixture = await renderApp('/home', {
      session: warned(['expired'], '2026-03-01T09:00:00.000Z'),
    });

    expect(textOf(fixture, '[data-testid="password-warning"]')).toContain(
      'Votre mot de passe a atteint le 1 mars 2026 la durée maximale fixée par votre cabinet.',
    );
  });

  it('can be put off for the session', async () => {
    const fixture = await renderApp('/home', { session: warned(['weak']) });
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('[data-testid="password-warning-dismiss"]')
      ?.click();
    await fixture.whenStable();

    expect(textOf(fixture, '[data-testid="password-warning"]')).toBe('');
    await TestBed.inject(Router).navigateByUrl('/profile');
    expect(textOf(fixture, '[data-testid="password-warning"]')).toBe('');
  });

  it('says nothing to a user whose password meets the policy', async () => {
    const fixture = await renderApp('/home', { session: sessionInfo() });

    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid="password-warning"]'),
    ).toBeNull();
  });
});
