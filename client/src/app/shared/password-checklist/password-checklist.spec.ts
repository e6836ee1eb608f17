import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import {
  CNIL_2022,
  type PasswordDictionaries,
  type PasswordPolicy,
  SEED_002_CLASSIC,
  loadDictionaries,
} from '@guichet/password-policy';
import { Translator, provideI18n } from '../../core/i18n';
import { ANNOUNCE_DELAY_MS, PasswordChecklist } from './password-checklist';
import { LOAD_PASSWORD_DICTIONARIES, PasswordEvaluator } from './password-evaluator';

@Component({
  selector: 'app-checklist-host',
  imports: [PasswordChecklist],
  template: `<app-password-checklist [evaluation]="evaluation()" [matches]="matches()" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class ChecklistHost {
  private readonly evaluator = inject(PasswordEvaluator);
  readonly password = signal('');
  readonly policy = signal<PasswordPolicy>(CNIL_2022);
  readonly matches = signal<boolean | null>(null);
  readonly evaluation = computed(() =>
    this.evaluator.evaluate(this.password(), this.policy(), {
      firstName: 'Sophie',
      lastName: 'Bataillon',
      workspaceName: 'Cabinet Martin',
    }),
  );
}

describe(PasswordChecklist.name, () => {
  let resolveLists: (lists: PasswordDictionaries) => void;
  let rejectLists: (error: Error) => void;
  let loads: number;

  const render = async () => {
    loads = 0;
    TestBed.configureTestingModule({
      providers: [
        provideI18n(),
        {
          provide: LOAD_PASSWORD_DICTIONARIES,
          useValue: () => {
            loads++;
            return new Promise<PasswordDictionaries>((resolve, reject) => {
              resolveLists = resolve;
              rejectLists = reject;
            });
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(ChecklistHost);
    await fixture.whenStable();
    return fixture;
  };
  const el = (fixture: ComponentFixture<ChecklistHost>) => fixture.nativeElement as HTMLElement;
  const line = (fixture: ComponentFixture<ChecklistHost>, rule: string) =>
    el(fixture).querySelector(`[data-testid="rule-${rule}"]`);
  const status = (fixture: ComponentFixture<ChecklistHost>, rule: string) =>
    line(fixture, rule)?.getAttribute('data-status');
  /** The lists arrive a few microtasks after the promise settles. */
  const settle = async (fixture: ComponentFixture<ChecklistHost>) => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  };
  const type = async (fixture: ComponentFixture<ChecklistHost>, password: string) => {
    fixture.componentInstance.password.set(password);
    await fixture.whenStable();
  };

  beforeEach(() => {
    localStorage.clear();
  });

  beforeAll(async () => {
    // The real word lists, once for the file (about half a second).
    await loadDictionaries();
  });

  it('lists every rule of the policy in words, and starts fetching the word lists', async () => {
    const fixture = await render();
    expect(loads).toBe(1);
    const texts = [...el(fixture).querySelectorAll('[data-testid="password-checklist"] li')].map(
      (item) => item.textContent.replace(/\s+/g, ' ').trim(),
    );
    expect(texts).toEqual([
      '✗Au moins 12 caractères (pas encore respecté)',
      '✓Au plus 128 caractères (respecté)',
      '✗2 types de caractères parmi minuscules, majuscules, chiffres et symboles (pas encore respecté)',
      "…N'est pas un mot de passe courant (vérification en cours)",
      '✓Ne contient pas votre nom ni celui du cabinet (respecté)',
      "…Difficile à deviner (force d'au moins 3 sur 4) (vérification en cours)",
      "…Au moins 50 bits d'entropie (vérification en cours)",
    ]);
    expect(el(fixture).querySelector('[data-testid="password-checklist-loading"]')).not.toBeNull();
  });

  it('keeps the list rules pending until the lists arrive, then decides them', async () => {
    const fixture = await render();
    await type(fixture, 'Soleil2024!!');
    expect(status(fixture, 'min-length')).toBe('met');
    expect(status(fixture, 'character-classes')).toBe('met');
    expect(status(fixture, 'not-common')).toBe('pending');
    expect(el(fixture).querySelector('[data-testid="password-strength"]')?.textContent).toContain(
      'calcul en cours',
    );

    resolveLists(await loadDictionaries());
    await settle(fixture);
    expect(el(fixture).querySelector('[data-testid="password-checklist-loading"]')).toBeNull();
    expect(status(fixture, 'not-common')).toBe('unmet');
    expect(status(fixture, 'min-entropy')).toBe('unmet');

    await type(fixture, 'Grue violette sur 7 toits!');
    for (const rule of ['min-length', 'not-common', 'no-context-words', 'strength-score']) {
      expect({ rule, status: status(fixture, rule) }).toEqual({ rule, status: 'met' });
    }
    const meter = el(fixture).querySelector<HTMLMeterElement>(
      '[data-testid="password-strength-meter"]',
    );
    expect(meter?.value).toBeGreaterThanOrEqual(3);
    expect(
      el(fixture).querySelector('[data-testid="password-strength-bits"]')?.textContent,
    ).toMatch(/≈ \d+ bits d'entropie/);
  });

  it("refuses the user's and the firm's names", async () => {
    const fixture = await render();
    resolveLists(await loadDictionaries());
    await settle(fixture);
    await type(fixture, 'bataillon-2026-Qx!');
    expect(status(fixture, 'no-context-words')).toBe('unmet');
  });

  it('follows the policy it is given: seed 002 has no entropy rule and asks 3 classes', async () => {
    const fixture = await render();
    fixture.componentInstance.policy.set(SEED_002_CLASSIC);
    await type(fixture, 'abcdefgh');
    expect(line(fixture, 'min-entropy')).toBeNull();
    expect(line(fixture, 'character-classes')?.textContent).toContain('3 types de caractères');
    expect(status(fixture, 'min-length')).toBe('met');
  });

  it('adds the confirmation line when asked', async () => {
    const fixture = await render();
    fixture.componentInstance.matches.set(false);
    await fixture.whenStable();
    expect(status(fixture, 'match')).toBe('unmet');
    fixture.componentInstance.matches.set(true);
    await fixture.whenStable();
    expect(status(fixture, 'match')).toBe('met');
  });

  it('speaks English when the interface does', async () => {
    const fixture = await render();
    TestBed.inject(Translator).use('en');
    await fixture.whenStable();
    expect(line(fixture, 'min-length')?.textContent.replace(/\s+/g, ' ')).toContain(
      'At least 12 characters (not met yet)',
    );
  });

  it('sums the checklist up for screen readers once typing pauses', async () => {
    const fixture = await render();
    resolveLists(await loadDictionaries());
    await settle(fixture);
    const announcement = () =>
      el(fixture)
        .querySelector('[data-testid="password-checklist-announcement"]')
        ?.textContent.trim();
    await type(fixture, 'Soleil');
    await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY_MS / 2));
    await type(fixture, 'Soleil2024!!');
    await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY_MS / 2));
    await fixture.whenStable();
    // Still quiet: the second key restarted the pause.
    expect(announcement()).toBe('');
    await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY_MS / 2 + 50));
    await fixture.whenStable();
    // Common and low in entropy, though zxcvbn scores it 3.
    expect(announcement()).toBe('5 règles respectées sur 7.');
  });

  it('offers to fetch the lists again when they could not be loaded', async () => {
    const fixture = await render();
    rejectLists(new Error('chunk lost'));
    await settle(fixture);
    const failed = el(fixture).querySelector('[data-testid="password-checklist-failed"]');
    expect(failed?.textContent).toContain('le serveur vérifiera ces règles');
    failed?.querySelector('button')?.click();
    await fixture.whenStable();
    expect(loads).toBe(2);
  });
});
