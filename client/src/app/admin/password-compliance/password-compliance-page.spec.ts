import { InteractivityChecker } from '@angular/cdk/a11y';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import {
  Civility,
  PasswordPolicyErrorCode,
  type PasswordComplianceEntry,
  type PasswordComplianceReport,
  Role,
} from '@guichet/contracts';
import { adminSession, answerSessionCheck } from '../../../testing/session-info';
import { provideI18n } from '../../core/i18n';
import { PasswordCompliancePage } from './password-compliance-page';

const entry = (changes: Partial<PasswordComplianceEntry>): PasswordComplianceEntry => ({
  id: 'acc-1',
  accessCode: '70016968',
  role: Role.Client,
  civility: Civility.Mrs,
  firstName: 'Sophie',
  lastName: 'Bataillon',
  reasons: ['weak-score'],
  passwordSetAt: '2026-05-01T10:00:00.000Z',
  policyVersion: 1,
  score: 2,
  entropyBits: 38.4,
  changeRequired: null,
  ...changes,
});
const sophie = entry({});
const marc = entry({
  id: 'acc-2',
  accessCode: '25350003',
  civility: Civility.Mr,
  firstName: 'Marc',
  lastName: 'Durand',
  reasons: ['too-old', 'older-policy'],
  policyVersion: null,
  score: null,
  entropyBits: null,
});
const report = (
  items: PasswordComplianceEntry[],
  changes: Partial<PasswordComplianceReport> = {},
): PasswordComplianceReport => ({
  policy: { version: 2, mode: 'warn' },
  total: items.length,
  byReason: {
    'too-old': 1,
    'older-policy': 1,
    'weak-score': 1,
    temporary: 0,
    'never-changed': 0,
    'legacy-hash': 0,
  },
  templates: [],
  items,
  nextCursor: null,
  ...changes,
});

describe(PasswordCompliancePage.name, () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PasswordCompliancePage>;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(InteractivityChecker.prototype, 'isVisible').mockReturnValue(true);
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
    document.querySelectorAll('.cdk-overlay-container').forEach((node) => node.remove());
    jest.restoreAllMocks();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const byTestId = <T extends Element = HTMLElement>(testId: string, root: ParentNode = page()) =>
    root.querySelector<T>(`[data-testid="${testId}"]`);
  const all = (testId: string) => [
    ...page().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`),
  ];
  const settle = () => fixture.whenStable();
  const answerReport = async (answer: PasswordComplianceReport, query = '') => {
    const request = http.expectOne(
      (candidate) =>
        candidate.method === 'GET' && candidate.url === '/api/admin/password-compliance',
    );
    expect(request.request.params.toString()).toBe(query);
    request.flush(answer);
    await settle();
  };
  const render = async (answer = report([sophie, marc])) => {
    fixture = TestBed.createComponent(PasswordCompliancePage);
    fixture.detectChanges();
    await answerReport(answer);
  };
  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container');
  const confirm = async () => {
    byTestId<HTMLButtonElement>('confirm-dialog-confirm', document)!.click();
    await settle();
  };

  it('lists the accounts below the policy with their reasons in words', async () => {
    await render();

    expect(text(byTestId('compliance-policy'))).toContain(
      'Stratégie en vigueur : version 2, application : Avertissement.',
    );
    expect(text(byTestId('compliance-total'))).toBe('2 comptes en dessous de la stratégie');
    const rows = all('compliance-row');
    expect(rows.map((row) => text(row.querySelector('.compliance-name')))).toEqual([
      'Sophie Bataillon',
      'Marc Durand',
    ]);
    expect(text(rows[0]?.querySelector('.compliance-sub'))).toBe('70016968 · Client');
    expect(
      all('compliance-reasons').map((cell) =>
        [...cell.querySelectorAll('li')].map((item) => text(item)),
      ),
    ).toEqual([
      ['Trop faible pour la stratégie actuelle'],
      [
        'Trop ancien : durée maximale dépassée',
        'Vérifié sous une version précédente de la stratégie',
      ],
    ]);
    expect(text(rows[0])).toContain('Version 1, force 2 sur 4, ≈ 38 bits');
    expect(text(rows[1])).toContain('Jamais vérifié');
    expect(text(byTestId('compliance-templates'))).toContain("Guichet n'a pas de modèles");
  });

  it('filters by reason', async () => {
    await render();
    const select = byTestId<HTMLSelectElement>('compliance-filter')!;
    expect([...select.options].map((option) => text(option))).toContain(
      'Trop ancien : durée maximale dépassée (1)',
    );

    select.value = 'too-old';
    select.dispatchEvent(new Event('change'));
    await answerReport(report([marc], { total: 1 }), 'reason=too-old');

    expect(all('compliance-row')).toHaveLength(1);
    expect(text(byTestId('compliance-total'))).toBe('1 compte en dessous de la stratégie');
  });

  it('repairs one account once confirmed: its next sign-in asks for a change', async () => {
    await render();
    const repair = all('compliance-repair')[0] as HTMLButtonElement;
    expect(repair.getAttribute('aria-label')).toBe('Réparer le compte de Sophie Bataillon');

    repair.click();
    await settle();
    expect(dialog()?.getAttribute('role')).toBe('alertdialog');
    expect(text(dialog()?.querySelector('h2'))).toBe('Réparer le compte de Sophie Bataillon ?');
    await confirm();
    http
      .expectOne({ method: 'POST', url: '/api/admin/password-compliance/acc-1/repair' })
      .flush({ repaired: 1 });
    await settle();

    expect(text(byTestId('compliance-outcome'))).toBe(
      'Réparé : Sophie Bataillon devra changer son mot de passe à sa prochaine connexion.',
    );
    expect(text(byTestId('compliance-flagged'))).toBe(
      'Changement prévu à la prochaine connexion (réparé)',
    );
    expect(all('compliance-repair')).toHaveLength(1);
  });

  it('says why a repair was refused', async () => {
    await render();
    (all('compliance-repair')[0] as HTMLButtonElement).click();
    await settle();
    await confirm();
    http
      .expectOne('/api/admin/password-compliance/acc-1/repair')
      .flush(
        { code: PasswordPolicyErrorCode.AccountCompliant, message: 'compliant' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();

    expect(text(byTestId('compliance-problem'))).toBe(
      'Réparation impossible pour Sophie Bataillon. Le mot de passe de ce compte respecte déjà la stratégie : rien à réparer.',
    );
  });

  it('repairs them all once confirmed, says how many, and checks again', async () => {
    await render();

    byTestId<HTMLButtonElement>('compliance-repair-all')!.click();
    await settle();
    expect(text(dialog()?.querySelector('h2'))).toBe(
      'Réparer les 2 comptes en dessous de la stratégie ?',
    );
    await confirm();
    http
      .expectOne({ method: 'POST', url: '/api/admin/password-compliance/repair-all' })
      .flush({ repaired: 2 });
    await settle();
    await answerReport(
      report([
        { ...sophie, changeRequired: 'repair' },
        { ...marc, changeRequired: 'repair' },
      ]),
    );

    expect(text(byTestId('compliance-outcome'))).toBe(
      'Réparation terminée : 2 comptes devront changer leur mot de passe à leur prochaine connexion.',
    );
    expect(all('compliance-repair')).toHaveLength(0);
  });

  it('says when every password meets the policy', async () => {
    await render(report([], { total: 0 }));

    expect(text(byTestId('compliance-empty'))).toBe(
      'Tous les mots de passe respectent la stratégie actuelle.',
    );
    const repairAll = byTestId<HTMLButtonElement>('compliance-repair-all')!;
    expect(repairAll.getAttribute('aria-disabled')).toBe('true');
    repairAll.click();
    await settle();
    expect(dialog()).toBeNull();
  });
});
