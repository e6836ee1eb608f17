import { CommonErrorCode, CrmErrorCode } from '@guichet/contracts';
import { AppError } from '../../../core/http/app-error';
import { phoneE164, subRecordValues } from './sub-record-values';

const actor = { workspaceId: 'w', accountId: 'a' };
const now = new Date('2026-03-01T12:00:00Z');

const codeOf = (work: () => unknown): unknown => {
  try {
    work();
  } catch (error) {
    return error instanceof AppError ? [error.code, error.fields] : error;
  }
  return 'no error';
};

describe('subRecordValues', () => {
  it('reads phones as French unless international, and stores them E.164', () => {
    expect(phoneE164('01 42 68 53 00')).toBe('+33142685300');
    expect(phoneE164('+44 20 7946 0958')).toBe('+442079460958');
    expect(codeOf(() => phoneE164('12'))).toEqual([
      CommonErrorCode.ValidationFailed,
      { number: ['isPhoneNumber'] },
    ]);
  });

  it('refuses a sensitive remark unless acknowledged, and records its author', () => {
    expect(codeOf(() => subRecordValues(actor, 'remarks', { text: 'Il est malade' }, now))).toEqual(
      [CrmErrorCode.SensitiveText, { text: ['health'] }],
    );
    expect(
      subRecordValues(actor, 'remarks', { text: 'Il est malade', acknowledgeSensitive: true }, now),
    ).toEqual({ text: 'Il est malade', authorId: 'a' });
  });

  it('refuses a communication dated in the future, beyond a minute of clock slack', () => {
    const at = (iso: string) =>
      subRecordValues(
        actor,
        'communications',
        { direction: 'from-person', channel: 'email', occurredAt: iso, subject: 'Devis' },
        now,
      );
    expect(at('2026-03-01T12:00:30Z').occurredAt).toEqual(new Date('2026-03-01T12:00:30Z'));
    expect(codeOf(() => at('2026-03-01T12:05:00Z'))).toEqual([
      CommonErrorCode.ValidationFailed,
      { occurredAt: ['notInFuture'] },
    ]);
  });

  it('fills the defaults of addresses and opportunities', () => {
    expect(subRecordValues(actor, 'addresses', { line1: '1 rue', city: 'Lyon' }, now)).toEqual({
      label: '',
      line1: '1 rue',
      line2: null,
      postalCode: null,
      city: 'Lyon',
      country: 'FR',
    });
    expect(subRecordValues(actor, 'opportunities', { title: 'Audit' }, now)).toEqual({
      title: 'Audit',
      stage: 'open',
      amountCents: null,
      expectedCloseOn: null,
    });
  });
});
