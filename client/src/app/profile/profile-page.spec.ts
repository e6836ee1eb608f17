import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  CommonErrorCode,
  type Profile,
  Role,
  SmsErrorCode,
  type TotpSetup,
} from '@guichet/contracts';
import { answerSessionCheck, sessionInfo, staffSession } from '../../testing/session-info';
import { provideI18n } from '../core/i18n';
import { ProfilePage } from './profile-page';

const sophie: Profile = {
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  role: Role.Client,
  civility: 'mrs' as Profile['civility'],
  firstName: 'Sophie',
  lastName: 'Bataillon',
  accessCode: '70016968',
  email: 's.bataillon@demo.guichet.test',
  mobile: { e164: '+33606101010', display: '+33 6 06 10 10 10', verified: false },
  secondFactor: { totp: false, sms: false, recoveryCodesLeft: 0 },
  language: 'fr',
};
const withoutMobile: Profile = { ...sophie, email: null, mobile: null };
const recoveryCodes = Array.from(
  { length: 10 },
  (_, i) => `ABCDE-FGH${String(i).padStart(2, '0')}`,
);

describe(ProfilePage.name, () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ProfilePage>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    answerSessionCheck(sessionInfo());
  });

  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const byTestId = <T extends Element = HTMLElement>(testId: string) =>
    page().querySelector<T>(`[data-testid="${testId}"]`);
  const settle = () => fixture.whenStable();
  const click = async (testId: string) => {
    const element = byTestId<HTMLElement>(testId);
    if (!element) throw new Error(`no ${testId} on the page`);
    element.click();
    await settle();
  };
  const type = async (testId: string, value: string) => {
    const input = byTestId<HTMLInputElement>(testId);
    if (!input) throw new Error(`no ${testId} on the page`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  };
  const answer = async (
    request: TestRequest,
    body: Parameters<TestRequest['flush']>[0],
    status = 200,
  ) => {
    request.flush(body, { status, statusText: String(status) });
    await settle();
  };
  const post = (url: string) => http.expectOne({ method: 'POST', url });
  const render = async (profile: Profile = sophie) => {
    fixture = TestBed.createComponent(ProfilePage);
    fixture.detectChanges();
    await answer(http.expectOne('/api/profile'), profile);
  };
  const securityState = () =>
    [...page().querySelectorAll('[data-testid="profile-security-state"] li')].map((item) =>
      text(item),
    );
  const fieldErrors = () => [...page().querySelectorAll('mat-error')].map((error) => text(error));

  it('shows who the user is for the firm, and that two-step verification is off', async () => {
    await render();

    expect(text(page().querySelector('h1'))).toBe('Mon profil');
    expect(text(byTestId('profile-name'))).toBe('Madame Bataillon');
    expect(text(byTestId('profile-firm'))).toBe('Cabinet Demo');
    expect(text(byTestId('profile-access-code'))).toBe('70016968');
    expect(text(byTestId('profile-email'))).toBe('s.bataillon@demo.guichet.test');
    expect(text(byTestId('profile-mobile-number'))).toBe('+33 6 06 10 10 10 (non vérifié)');
    expect(text(byTestId('profile-change-mobile'))).toBe('Changer de mobile');
    expect(text(byTestId('profile-change-password'))).toBe('Changer mon mot de passe');
    expect(byTestId('profile-change-password')?.getAttribute('href')).toBe('/change-password');
    // GDPR-4: a client downloads their own data.
    expect(text(byTestId('profile-data-export'))).toBe('Télécharger mes données');
    expect(byTestId('profile-data-export')?.getAttribute('href')).toBe('/api/profile/data-export');
    expect(securityState()).toEqual([
      'Vérification en deux étapes : désactivée',
      "Application d'authentification : désactivée",
      'Codes par SMS : désactivés',
    ]);
    expect(byTestId<HTMLButtonElement>('profile-enable-sms')?.disabled).toBe(false);
    expect(byTestId('profile-disable')).toBeNull();
  });

  it('offers SMS codes only once a mobile is on the profile, and says so', async () => {
    await render(withoutMobile);

    expect(text(byTestId('profile-email'))).toBe('Non renseigné');
    expect(text(byTestId('profile-mobile-number'))).toBe('Non renseigné');
    expect(text(byTestId('profile-change-mobile'))).toBe('Ajouter un mobile');
    const sms = byTestId<HTMLButtonElement>('profile-enable-sms')!;
    expect(sms.disabled).toBe(true);
    expect(text(page().querySelector(`#${sms.getAttribute('aria-describedby')}`))).toBe(
      "Pour recevoir les codes par SMS, ajoutez d'abord un numéro de mobile à votre profil.",
    );
  });

  it('turns on an authenticator app: password, QR code and key, code, recovery codes', async () => {
    await render();
    await click('profile-enable-totp');
    expect(document.activeElement?.id).toBe('totp-heading');

    await click('flow-submit');
    expect(fieldErrors()).toEqual(['Ce champ est obligatoire.']);
    http.expectNone('/api/profile/second-factor/totp');

    await type('profile-password', 'wrong');
    await click('flow-submit');
    await answer(
      post('/api/profile/second-factor/totp'),
      {
        code: CommonErrorCode.ValidationFailed,
        message: 'Wrong password',
        fields: { password: ['invalid'] },
      },
      422,
    );
    expect(fieldErrors()).toEqual(['Ce mot de passe est incorrect.']);
    expect(document.activeElement).toBe(byTestId('profile-password'));

    await type('profile-password', 'ancien70');
    await click('flow-submit');
    const begin = post('/api/profile/second-factor/totp');
    expect(begin.request.body).toEqual({ password: 'ancien70' });
    await answer(begin, {
      secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
      otpauthUrl: 'otpauth://totp/Guichet:70016968?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=Guichet',
    } satisfies TotpSetup);

    expect(byTestId('qr-code')?.getAttribute('aria-label')).toBe(
      "QR code à scanner avec votre application d'authentification",
    );
    expect(text(byTestId('totp-secret'))).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP');
    expect(byTestId('profile-code')?.getAttribute('autocomplete')).toBe('one-time-code');

    await type('profile-code', '123 456');
    await click('flow-submit');
    const confirm = post('/api/profile/second-factor/totp/confirm');
    expect(confirm.request.body).toEqual({ code: '123456' });
    await answer(confirm, { recoveryCodes });

    expect(
      [...page().querySelectorAll('[data-testid="recovery-code-list"] li')].map((item) =>
        text(item),
      ),
    ).toEqual(recoveryCodes);
    expect(byTestId<HTMLButtonElement>('recovery-done')?.disabled).toBe(true);
    byTestId('recovery-acknowledge')?.querySelector('input')?.click();
    await settle();
    await click('recovery-done');

    await answer(http.expectOne('/api/profile'), {
      ...sophie,
      secondFactor: { totp: true, sms: false, recoveryCodesLeft: 10 },
    });
    expect(text(byTestId('profile-outcome'))).toBe("L'application d'authentification est activée.");
    expect(securityState()).toEqual([
      'Vérification en deux étapes : activée',
      "Application d'authentification : activée",
      'Codes par SMS : désactivés',
      '10 codes de secours restants',
    ]);
    expect(byTestId('profile-enable-totp')).toBeNull();
    expect(byTestId('profile-disable')).not.toBeNull();
  });

  it('says a wrong authenticator code is wrong and keeps the QR code on screen', async () => {
    await render();
    await click('profile-enable-totp');
    await type('profile-password', 'ancien70');
    await click('flow-submit');
    await answer(post('/api/profile/second-factor/totp'), {
      secret: 'JBSWY3DPEHPK3PXP',
      otpauthUrl: 'otpauth://totp/Guichet:70016968?secret=JBSWY3DPEHPK3PXP&issuer=Guichet',
    });

    await type('profile-code', '12345');
    await click('flow-submit');
    expect(fieldErrors()).toEqual(['Saisissez les 6 chiffres du code.']);
    await type('profile-code', '000000');
    await click('flow-submit');
    await answer(
      post('/api/profile/second-factor/totp/confirm'),
      { code: CommonErrorCode.ValidationFailed, message: 'Wrong', fields: { code: ['invalid'] } },
      422,
    );

    expect(fieldErrors()).toEqual(["Ce code n'est pas valide ou a expiré."]);
    expect(byTestId('qr-code')).not.toBeNull();
  });

  it('adds a mobile proven by a code sent to it', async () => {
    await render(withoutMobile);
    await click('profile-change-mobile');
    expect(text(page().querySelector('#mobile-heading'))).toBe('Ajouter un mobile');

    await type('profile-mobile', '01 23 45 67 89');
    await type('profile-password', 'ancien70');
    await click('flow-submit');
    await answer(
      post('/api/profile/mobile'),
      { code: SmsErrorCode.InvalidPhoneNumber, message: 'Not a mobile' },
      422,
    );
    expect(fieldErrors()).toEqual(['Saisissez un numéro de mobile valide.']);

    await type('profile-mobile', '07 81 23 45 67');
    await click('flow-submit');
    const send = post('/api/profile/mobile');
    expect(send.request.body).toEqual({ password: 'ancien70', mobile: '07 81 23 45 67' });
    await answer(send, { display: '+33 7 81 23 45 67' }, 202);
    expect(text(byTestId('flow-status'))).toBe(
      "Un code vient d'être envoyé au +33 7 81 23 45 67. Saisissez-le pour confirmer ce numéro.",
    );
    expect(text(byTestId('flow-resend'))).toBe('Renvoyer le code dans 60 s');
    expect(byTestId<HTMLButtonElement>('flow-resend')?.disabled).toBe(true);

    await type('profile-code', '654321');
    await click('flow-submit');
    const confirm = post('/api/profile/mobile/confirm');
    expect(confirm.request.body).toEqual({ code: '654321' });
    await answer(confirm, {
      ...withoutMobile,
      mobile: { e164: '+33781234567', display: '+33 7 81 23 45 67', verified: true },
    });

    expect(byTestId('mobile-change')).toBeNull();
    expect(text(byTestId('profile-mobile-number'))).toBe('+33 7 81 23 45 67 (vérifié)');
    expect(text(byTestId('profile-outcome'))).toBe(
      'Votre mobile +33 7 81 23 45 67 est enregistré et vérifié.',
    );
    expect(byTestId<HTMLButtonElement>('profile-enable-sms')?.disabled).toBe(false);
  });

  it('turns on SMS codes with a code sent to the mobile, without new recovery codes if some exist', async () => {
    await render({ ...sophie, secondFactor: { totp: true, sms: false, recoveryCodesLeft: 7 } });
    await click('profile-enable-sms');
    expect(text(byTestId('sms-setup'))).toContain(
      'Un code va être envoyé au +33 6 06 10 10 10 pour vérifier que ce numéro est bien le vôtre.',
    );

    await type('profile-password', 'ancien70');
    await click('flow-submit');
    await answer(post('/api/profile/second-factor/sms'), null, 202);
    expect(text(byTestId('flow-status'))).toBe("Un code vient d'être envoyé au +33 6 06 10 10 10.");
    await type('profile-code', '111 222');
    await click('flow-submit');
    await answer(post('/api/profile/second-factor/sms/confirm'), { recoveryCodes: [] });

    expect(byTestId('recovery-codes')).toBeNull();
    await answer(http.expectOne('/api/profile'), {
      ...sophie,
      mobile: { ...sophie.mobile!, verified: true },
      secondFactor: { totp: true, sms: true, recoveryCodesLeft: 7 },
    });
    expect(securityState()).toContain('Codes par SMS au +33 6 06 10 10 10 : activés');
    expect(text(byTestId('profile-outcome'))).toBe('Les codes par SMS sont activés.');
  });

  it('turns two-step verification off after the password', async () => {
    await render({ ...sophie, secondFactor: { totp: true, sms: false, recoveryCodesLeft: 1 } });
    expect(text(byTestId('profile-recovery-left'))).toBe('1 code de secours restant');

    await click('profile-disable');
    expect(text(byTestId('second-factor-disable'))).toContain(
      'Votre compte ne sera plus protégé que par votre mot de passe',
    );
    await click('flow-cancel');
    expect(byTestId('second-factor-disable')).toBeNull();
    expect(document.activeElement?.id).toBe('profile-security');

    await click('profile-disable');
    await type('profile-password', 'ancien70');
    await click('flow-submit');
    const disable = post('/api/profile/second-factor/disable');
    expect(disable.request.body).toEqual({ password: 'ancien70' });
    await answer(disable, null, 204);
    await answer(http.expectOne('/api/profile'), sophie);

    expect(text(byTestId('profile-outcome'))).toBe(
      'La vérification en deux étapes est désactivée.',
    );
    expect(securityState()[0]).toBe('Vérification en deux étapes : désactivée');
  });

  it('says when the profile cannot be loaded', async () => {
    fixture = TestBed.createComponent(ProfilePage);
    fixture.detectChanges();
    await answer(http.expectOne('/api/profile'), null, 503);

    expect(text(byTestId('profile-load-error'))).toContain('Impossible de charger votre profil.');
  });
});

describe(`${ProfilePage.name} of the firm's staff`, () => {
  it("sets the default of the CRM's « Exclure des traitements à des fins marketing » box (GDPR-1)", async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideRouter([]),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    answerSessionCheck(staffSession());
    const fixture = TestBed.createComponent(ProfilePage);
    fixture.detectChanges();
    http.expectOne('/api/profile').flush({ ...sophie, role: Role.Staff });
    await fixture.whenStable();
    http.expectOne('/api/crm/preferences').flush({ excludeMarketingOptOut: false });
    await fixture.whenStable();

    const page = fixture.nativeElement as HTMLElement;
    const box = page.querySelector<HTMLInputElement>('[data-testid="crm-preference"] input')!;
    expect(page.querySelector('#profile-crm')?.textContent).toBe('Relation client');
    expect(box.checked).toBe(false);
    box.click();
    await fixture.whenStable();
    const save = http.expectOne({ method: 'PUT', url: '/api/crm/preferences' });
    expect(save.request.body).toEqual({ excludeMarketingOptOut: true });
    save.flush({ excludeMarketingOptOut: true });
    await fixture.whenStable();

    expect(box.checked).toBe(true);
    http.verify();
  });
});
