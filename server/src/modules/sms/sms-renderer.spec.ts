import { SmsErrorCode } from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';
import { measureSms } from './sms-segments';
import { SmsRenderer } from './sms-renderer';
import { type SmsRequest, SmsTemplate } from './sms-template';
import { smsTestConfig } from './testing/sms-test-config';

const oneTimeCode = (
  overrides: Partial<SmsRequest<SmsTemplate.OneTimeCode>> = {},
): SmsRequest<SmsTemplate.OneTimeCode> => ({
  template: SmsTemplate.OneTimeCode,
  workspaceName: 'Cabinet Degueldre',
  to: '06.06.10.10.10',
  language: 'fr',
  variables: { code: '482913', validMinutes: 10 },
  ...overrides,
});

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('no error');
};

describe(SmsRenderer.name, () => {
  const renderer = new SmsRenderer(smsTestConfig());

  it('renders the one-time code in French, to the number in E.164, in one GSM-7 SMS', () => {
    const sms = renderer.render(oneTimeCode());
    expect(sms).toEqual({
      to: '+33606101010',
      text:
        'Cabinet Degueldre : votre code de confirmation est 482913. Valable 10 minutes. ' +
        'Ne le communiquez à personne.',
    });
    expect(measureSms(sms.text)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });

  it('renders the one-time code in English', () => {
    const sms = renderer.render(oneTimeCode({ language: 'en', to: '+44 7400 123456' }));
    expect(sms).toEqual({
      to: '+447400123456',
      text:
        'Cabinet Degueldre: your confirmation code is 482913. Valid for 10 minutes. ' +
        'Do not share it with anyone.',
    });
    expect(measureSms(sms.text)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });

  it('says "minute" for a single minute', () => {
    const { text } = renderer.render(oneTimeCode({ variables: { code: '1', validMinutes: 1 } }));
    expect(text).toContain('Valable 1 minute.');
  });

  it('keeps GSM-7 when the firm name has letters GSM-7 lacks', () => {
    const { text } = renderer.render(oneTimeCode({ workspaceName: 'Gestion Façade & Fenêtre' }));
    expect(text.startsWith('Gestion Facade & Fenetre : votre code')).toBe(true);
    expect(measureSms(text)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });

  it('shortens a very long firm name so that the code still takes one SMS', () => {
    const workspaceName = `Syndic de copropriété ${'Résidence des Grands Chênes '.repeat(10)}`;
    const { text } = renderer.render(oneTimeCode({ workspaceName }));
    expect(measureSms(text)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(text.startsWith('Syndic de copropriété Résidence des Grands Chenes')).toBe(true);
    expect(text).toContain(' : votre code de confirmation est 482913.');
    expect(text.endsWith('Ne le communiquez à personne.')).toBe(true);
  });

  it('sends the text unsigned when the firm name has nothing GSM-7 can write', () => {
    const { text } = renderer.render(oneTimeCode({ workspaceName: '株式会社' }));
    expect(text).toBe(
      'Votre code de confirmation est 482913. Valable 10 minutes. Ne le communiquez à personne.',
    );
  });

  it('refuses a number that cannot receive an SMS', () => {
    const error = errorOf(() => renderer.render(oneTimeCode({ to: '01 23 45 67 89' })));
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe(SmsErrorCode.InvalidPhoneNumber);
  });

  it('refuses a text longer than SMS_MAX_SEGMENTS, and sends it when the limit allows', () => {
    const long = oneTimeCode({ variables: { code: '7'.repeat(200), validMinutes: 10 } });
    const strict = new SmsRenderer(smsTestConfig({ maxSegments: 1 }));
    const error = errorOf(() => strict.render(long));
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe(SmsErrorCode.TooLong);
    expect(measureSms(renderer.render(long).text).segments).toBe(2);
  });
});
