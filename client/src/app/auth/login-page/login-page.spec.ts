import { TestBed } from '@angular/core/testing';
import { Translator } from '../../core/i18n';
import { LoginPage } from './login-page';

describe(LoginPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
  });

  const render = async () => {
    const fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const labels = () =>
      [...page.querySelectorAll('mat-label')].map((label) => label.textContent.trim());
    const submit = () => page.querySelector<HTMLButtonElement>('[data-testid="login-submit"]');
    return { fixture, page, labels, submit };
  };

  it('shows the French heading and fields by default', async () => {
    const { page, labels } = await render();

    expect(page.querySelector('h1')?.textContent.trim()).toBe('Connexion');
    expect(labels()).toEqual([
      'Espace de travail',
      "Identifiant (code d'accès ou e-mail)",
      'Mot de passe',
    ]);
  });

  it('labels every field so it can be found by its name', async () => {
    const { page } = await render();
    const inputs = [...page.querySelectorAll('input')];

    expect(inputs).toHaveLength(3);
    for (const input of inputs) {
      expect(page.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    }
    expect(page.querySelector<HTMLInputElement>('[data-testid="login-password"]')?.type).toBe(
      'password',
    );
  });

  it('cannot be submitted yet and says why', async () => {
    const { page, submit } = await render();

    expect(submit()?.disabled).toBe(true);
    expect(submit()?.textContent.trim()).toBe('Se connecter');
    expect(page.querySelector('[data-testid="login-coming-soon"]')?.textContent.trim()).toBe(
      'La connexion sera disponible dans une prochaine version.',
    );
  });

  it('stays disabled even when every field is filled', async () => {
    const { fixture, page, submit } = await render();
    for (const input of page.querySelectorAll('input')) {
      input.value = 'x';
      input.dispatchEvent(new Event('input'));
    }
    await fixture.whenStable();

    expect(submit()?.disabled).toBe(true);
  });

  it('tells that a field left empty is required', async () => {
    const { fixture, page } = await render();
    const workspace = page.querySelector<HTMLInputElement>('[data-testid="login-workspace"]');

    workspace?.dispatchEvent(new Event('focus'));
    workspace?.dispatchEvent(new Event('blur'));
    await fixture.whenStable();

    expect(page.querySelector('mat-error')?.textContent.trim()).toBe('Ce champ est obligatoire.');
  });

  it('follows a switch to English', async () => {
    const { fixture, page, labels } = await render();

    TestBed.inject(Translator).use('en');
    await fixture.whenStable();

    expect(page.querySelector('h1')?.textContent.trim()).toBe('Sign in');
    expect(labels()).toEqual(['Workspace', 'Identifier (access code or e-mail)', 'Password']);
  });
});
