import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { CommonErrorCode, type WorkspacePasswordPolicy } from '@guichet/contracts';
import { CNIL_2022, SEED_002_CLASSIC, loadDictionaries } from '@guichet/password-policy';
import { adminSession, answerSessionCheck } from '../../../testing/session-info';
import { provideI18n } from '../../core/i18n';
import { PasswordPolicyPage } from './password-policy-page';

const saved = (changes: Partial<WorkspacePasswordPolicy> = {}): WorkspacePasswordPolicy => ({
  mode: 'warn',
  policy: CNIL_2022,
  version: 1,
  updatedAt: null,
  updatedBy: null,
  ...changes,
});

describe(PasswordPolicyPage.name, () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PasswordPolicyPage>;

  beforeAll(async () => {
    await loadDictionaries();
  });

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    answerSessionCheck(adminSession());
  });

  afterEach(() => {
    http.verify();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const byTestId = <T extends Element = HTMLElement>(testId: string) =>
    page().querySelector<T>(`[data-testid="${testId}"]`);
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  };
  const render = async (answer: WorkspacePasswordPolicy = saved()) => {
    fixture = TestBed.createComponent(PasswordPolicyPage);
    fixture.detectChanges();
    http.expectOne({ method: 'GET', url: '/api/admin/password-policy' }).flush(answer);
    await settle();
  };
  const radio = (testId: string) =>
    byTestId(testId)?.querySelector<HTMLInputElement>('input[type="radio"]');
  const pick = async (testId: string) => {
    radio(testId)?.click();
    await settle();
  };
  const type = async (testId: string, value: string) => {
    const input = byTestId<HTMLInputElement>(testId)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  };
  const met = (rule: string) =>
    byTestId('policy-preview')
      ?.querySelector(`[data-testid="rule-${rule}"]`)
      ?.getAttribute('data-met');

  it('shows the saved policy: its preset, rules, version and mode, with nothing to warn about', async () => {
    await render();

    expect(text(byTestId('password-policy-page')?.querySelector('h2'))).toBe(
      'Stratégie des mots de passe',
    );
    expect(text(byTestId('policy-version'))).toBe(
      'Version 1 : la stratégie par défaut, jamais modifiée.',
    );
    expect(radio('policy-preset-cnil-2022')?.checked).toBe(true);
    expect(byTestId<HTMLInputElement>('policy-min-length')?.value).toBe('12');
    expect(radio('policy-mode-warn')?.checked).toBe(true);
    expect(text(byTestId('policy-warnings'))).toBe('');
    expect(text(byTestId('policy-guaranteed-bits'))).toContain('≈ 62 bits');
    expect(byTestId<HTMLButtonElement>('policy-save')?.disabled).toBe(true);
  });

  it("fills the rules from seed 002's classic preset and warns it is under the CNIL's 50 bits", async () => {
    await render();

    await pick('policy-preset-seed-002-classic');

    expect(byTestId<HTMLInputElement>('policy-min-length')?.value).toBe('8');
    expect(byTestId<HTMLInputElement>('policy-max-age')?.value).toBe('90');
    expect(text(byTestId('policy-warning-below-cnil-entropy'))).toBe(
      "8 caractères de 3 types ≈ 47,6 bits d'entropie au minimum, sous les 50 bits recommandés par la CNIL (2022).",
    );
    expect(text(byTestId('policy-warning-periodic-expiry'))).toContain('tous les 90 jours');
    expect(text(byTestId('policy-new-version'))).toContain('Ces règles seront la version 2');
    expect(byTestId<HTMLButtonElement>('policy-save')?.disabled).toBe(false);
  });

  it('calls the rules custom once one differs from every preset', async () => {
    await render();

    await type('policy-min-length', '14');

    expect(radio('policy-preset-custom')?.checked).toBe(true);
    expect(radio('policy-preset-cnil-2022')?.checked).toBe(false);
  });

  it('previews the rules being edited on a sample password, before saving', async () => {
    await render();

    await type('policy-preview-input', 'Soleil2024!');
    expect(met('min-length')).toBe('false');
    expect(met('not-common')).toBe('false');

    await pick('policy-preset-seed-002-classic');
    expect(met('min-length')).toBe('true');
    expect(met('character-classes')).toBe('true');
    expect(
      byTestId('policy-preview')?.querySelector('[data-testid="rule-min-entropy"]'),
    ).toBeNull();
  });

  it('saves the rules as a new version', async () => {
    await render();
    await pick('policy-preset-seed-002-classic');
    await pick('policy-mode-enforce');

    byTestId<HTMLButtonElement>('policy-save')!.click();
    const request = http.expectOne({ method: 'PUT', url: '/api/admin/password-policy' });
    expect(request.request.body).toEqual({ mode: 'enforce', policy: SEED_002_CLASSIC });
    request.flush(
      saved({
        mode: 'enforce',
        policy: SEED_002_CLASSIC,
        version: 2,
        updatedAt: '2026-11-30T09:00:00.000Z',
        updatedBy: { id: 'admin', name: 'Alex Administrateur' },
      }),
    );
    await settle();

    expect(text(byTestId('policy-outcome'))).toBe('Stratégie enregistrée : version 2.');
    expect(text(byTestId('policy-version'))).toMatch(
      /^Version 2, modifiée le .* par Alex Administrateur\.$/,
    );
    expect(byTestId<HTMLButtonElement>('policy-save')?.disabled).toBe(true);
  });

  it('saves a change of mode alone without a new version', async () => {
    await render();
    await pick('policy-mode-enforce');
    expect(byTestId('policy-new-version')).toBeNull();

    byTestId<HTMLButtonElement>('policy-save')!.click();
    http
      .expectOne({ method: 'PUT', url: '/api/admin/password-policy' })
      .flush(saved({ mode: 'enforce' }));
    await settle();

    expect(text(byTestId('policy-outcome'))).toBe(
      'Application de la stratégie enregistrée (version 1 inchangée).',
    );
  });

  it('keeps the rules within the limits, and shows the fields the server refused', async () => {
    await render();
    await type('policy-min-length', '6');
    expect(byTestId<HTMLButtonElement>('policy-save')?.disabled).toBe(true);

    await type('policy-min-length', '10');
    byTestId<HTMLButtonElement>('policy-save')!.click();
    http.expectOne({ method: 'PUT', url: '/api/admin/password-policy' }).flush(
      {
        code: CommonErrorCode.ValidationFailed,
        message: 'invalid',
        fields: { 'policy.minLength': ['min'] },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();

    expect(text(byTestId('policy-problem'))).toBe(
      'Certaines règles sont hors des limites permises : corrigez les champs signalés.',
    );
    expect(text(page().querySelector('mat-error'))).toBe('Entre 8 et 128.');
  });
});
