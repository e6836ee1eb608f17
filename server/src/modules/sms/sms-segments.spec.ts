import { GSM7_BASIC_SIZE } from './gsm7-alphabet';
import { measureSms } from './sms-segments';

describe(measureSms.name, () => {
  it('knows the 127 characters of the GSM 03.38 basic table (128 codes minus escape)', () => {
    expect(GSM7_BASIC_SIZE).toBe(127);
  });

  it('fits 160 GSM-7 characters in one SMS, and splits 161 in two parts of 153', () => {
    expect(measureSms('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(measureSms('a'.repeat(161))).toEqual({ encoding: 'GSM-7', units: 161, segments: 2 });
    expect(measureSms('a'.repeat(306)).segments).toBe(2);
    expect(measureSms('a'.repeat(307)).segments).toBe(3);
  });

  it('counts the extension table (^{}\\[~]|€ and form feed) as two units', () => {
    expect(measureSms('^{}\\[~]|€\f')).toEqual({ encoding: 'GSM-7', units: 20, segments: 1 });
    expect(measureSms('€'.repeat(80))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(measureSms('€'.repeat(81))).toEqual({ encoding: 'GSM-7', units: 162, segments: 2 });
  });

  it('never cuts an escape pair between two parts', () => {
    // 306 units would be two parts of 153, but the € would straddle them.
    const text = `${'a'.repeat(152)}€${'a'.repeat(152)}`;
    expect(measureSms(text)).toEqual({ encoding: 'GSM-7', units: 306, segments: 3 });
  });

  it.each([...'éèùìòÇØøÅåÄÖÑÜäöñüàÉßÆæ£$¥@§¿¡_\n\r'])('keeps "%s" in GSM-7', (char) => {
    expect(measureSms(`Code ${char}`).encoding).toBe('GSM-7');
  });

  it.each([...'êâîôûëïçÊÂÎÔÛœ’«…`'])('falls back to UCS-2 for "%s"', (char) => {
    expect(measureSms(`Code ${char}`).encoding).toBe('UCS-2');
  });

  it('fits 70 UCS-2 units in one SMS and 67 per part beyond', () => {
    expect(measureSms('ê'.repeat(70))).toEqual({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(measureSms('ê'.repeat(71))).toEqual({ encoding: 'UCS-2', units: 71, segments: 2 });
    expect(measureSms('ê'.repeat(134)).segments).toBe(2);
    expect(measureSms('ê'.repeat(135)).segments).toBe(3);
  });

  it('counts an emoji as two UTF-16 units and never cuts it between two parts', () => {
    expect(measureSms('😀')).toEqual({ encoding: 'UCS-2', units: 2, segments: 1 });
    const text = `${'a'.repeat(66)}😀${'a'.repeat(66)}`;
    expect(measureSms(text)).toEqual({ encoding: 'UCS-2', units: 134, segments: 3 });
  });

  it('counts an empty text as one SMS', () => {
    expect(measureSms('')).toEqual({ encoding: 'GSM-7', units: 0, segments: 1 });
  });
});
