import { SmsErrorCode } from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';
import { displayPhone, maskPhone, toMobileE164 } from './mobile-number';

const refusal = (input: string, country?: Parameters<typeof toMobileE164>[1]) => {
  try {
    toMobileE164(input, country);
  } catch (error) {
    return error;
  }
  throw new Error(`${input} was accepted`);
};

describe(toMobileE164.name, () => {
  it.each([
    '06 06 10 10 10',
    '06.06.10.10.10',
    '06-06-10-10-10',
    '0606101010',
    '+33 6 06 10 10 10',
    '+33 (0)6 06 10 10 10',
    '0033606101010',
    '+33606101010',
  ])('reads the French mobile "%s" as +33606101010', (input) => {
    expect(toMobileE164(input)).toBe('+33606101010');
  });

  it('accepts 07 mobiles, overseas French mobiles and foreign mobiles', () => {
    expect(toMobileE164('07 81 23 45 67')).toBe('+33781234567');
    expect(toMobileE164('+596 696 12 34 56')).toBe('+596696123456');
    expect(toMobileE164('+44 7400 123456')).toBe('+447400123456');
    // In North America mobiles and landlines share ranges: the type stays FIXED_LINE_OR_MOBILE.
    expect(toMobileE164('+1 415 555 2671')).toBe('+14155552671');
  });

  it('reads a number without prefix in the default country', () => {
    expect(toMobileE164('07400 123456', 'GB')).toBe('+447400123456');
  });

  it.each([
    ['a landline', '01 23 45 67 89'],
    ['a toll-free number', '08 00 12 34 56'],
    ['too few digits', '06 12'],
    ['too many digits', '+33 6 06 10 10 10 10'],
    ['an unallocated range', '+33 7 00 00 00 00'],
    ['letters', 'abcdef'],
    ['an empty string', ''],
    ['text around the number', 'tel: 06 06 10 10 10'],
    ['an extension', '06 06 10 10 10 ext. 5'],
    ['a very long input', `06 06 10 10 10${' '.repeat(100)}`],
  ])('refuses %s with SMS_INVALID_PHONE_NUMBER', (_, input) => {
    const error = refusal(input);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(SmsErrorCode.InvalidPhoneNumber);
    expect((error as AppError).message).not.toContain(input || '\u0000');
  });
});

describe(maskPhone.name, () => {
  it('keeps the country code, the first national digit and the last two digits', () => {
    expect(maskPhone('+33606101010')).toBe('+33 6 •• •• •• 10');
    expect(maskPhone('+447400123456')).toBe('+44 7••• ••••56');
  });

  it('hides all but the last two digits of what it cannot parse', () => {
    expect(maskPhone('0606101010')).toBe('••••••••10');
  });
});

describe(displayPhone.name, () => {
  it('writes a number in full as its country does, and leaves what it cannot read as it is', () => {
    expect(displayPhone('+33612345678')).toBe('+33 6 12 34 56 78');
    expect(displayPhone('+447700900123')).toBe('+44 7700 900123');
    expect(displayPhone('not a number')).toBe('not a number');
  });
});
