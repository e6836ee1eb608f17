import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { ParcelSettings } from '@guichet/contracts';
import { adminSession, answerSessionCheck } from '../../../testing/session-info';
import { provideI18n } from '../../core/i18n';
import { ParcelSettingsPage } from './parcel-settings-page';

const MB = 1024 * 1024;
const SETTINGS: ParcelSettings = {
  maxFileBytes: 100 * MB,
  maxParcelBytes: 500 * MB,
  defaultExpiryDays: 30,
  maxExpiryDays: 90,
  allowedTypes: [],
  deniedTypes: ['application/x-msdownload'],
};

describe(ParcelSettingsPage.name, () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ParcelSettingsPage>;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    answerSessionCheck(adminSession());
    fixture = TestBed.createComponent(ParcelSettingsPage);
    fixture.detectChanges();
    http.expectOne({ method: 'GET', url: '/api/admin/parcel-settings' }).flush(SETTINGS);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) =>
    page().querySelector<T>(`[data-testid="${testId}"]`);
  const chips = (testId: string) =>
    [...page().querySelectorAll(`[data-testid="${testId}-chip"]`)].map((chip) =>
      text(chip).replace(/\s*$/, ''),
    );
  const fill = async (testId: string, value: string) => {
    const input = byTestId<HTMLInputElement>(testId)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const addType = async (testId: string, value: string) => {
    await fill(`${testId}-input`, value);
    const enter = new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13 } as KeyboardEventInit);
    byTestId(`${testId}-input`)!.dispatchEvent(enter);
    await fixture.whenStable();
  };
  const save = async () => {
    byTestId('parcel-settings-save')!.click();
    await fixture.whenStable();
  };

  it('shows the sizes in megabytes, the expiry in days and the types as chips', () => {
    expect(byTestId<HTMLInputElement>('parcel-settings-max-file')!.value).toBe('100');
    expect(byTestId<HTMLInputElement>('parcel-settings-max-parcel')!.value).toBe('500');
    expect(byTestId<HTMLInputElement>('parcel-settings-default-expiry')!.value).toBe('30');
    expect(byTestId<HTMLInputElement>('parcel-settings-max-expiry')!.value).toBe('90');
    expect(chips('parcel-settings-allowed')).toEqual([]);
    expect(chips('parcel-settings-denied')).toEqual(['application/x-msdownload']);
  });

  it('saves the settings in bytes, with the types added, and says so', async () => {
    await fill('parcel-settings-max-file', '25');
    await addType('parcel-settings-allowed', 'Application/PDF ');
    await addType('parcel-settings-allowed', 'application/zip');
    await addType('parcel-settings-allowed', 'application/pdf');
    expect(chips('parcel-settings-allowed')).toEqual(['application/pdf', 'application/zip']);

    await save();

    const request = http.expectOne({ method: 'PUT', url: '/api/admin/parcel-settings' });
    expect(request.request.body).toEqual({
      ...SETTINGS,
      maxFileBytes: 25 * MB,
      allowedTypes: ['application/pdf', 'application/zip'],
    });
    request.flush(request.request.body);
    await fixture.whenStable();
    expect(text(byTestId('parcel-settings-outcome'))).toBe('Les paramètres sont enregistrés.');
  });

  it('refuses a text that is not a MIME type, keeping it to be corrected', async () => {
    await addType('parcel-settings-denied', 'exe');

    expect(chips('parcel-settings-denied')).toEqual(['application/x-msdownload']);
    expect(text(page().querySelector('#parcel-settings-denied-error'))).toBe(
      '« exe » n’est pas un type de fichier (type/sous-type, par exemple application/pdf).',
    );
    expect(byTestId<HTMLInputElement>('parcel-settings-denied-input')!.value).toBe('exe');
  });

  it('checks the limits against each other before saving', async () => {
    await fill('parcel-settings-max-parcel', '50');
    await fill('parcel-settings-default-expiry', '120');
    await save();

    http.expectNone({ method: 'PUT', url: '/api/admin/parcel-settings' });
    expect(text(byTestId('parcel-settings-parcel-below-file'))).toBe(
      'La taille maximale par dossier doit être au moins celle par fichier.',
    );
    expect(text(byTestId('parcel-settings-default-above-max'))).toBe(
      'La durée par défaut ne peut pas dépasser la durée maximale.',
    );

    await fill('parcel-settings-max-expiry', '400');
    await fill('parcel-settings-max-file', '1.5');
    const errors = [...page().querySelectorAll('mat-error')].map(text);
    expect(errors).toEqual(['Saisissez un nombre entier.', 'Saisissez au plus 365 jours (un an).']);
  });
});
