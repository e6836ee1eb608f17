import { REDACTED, REDACTED_PATHS, scrubText } from './redaction';

describe('log redaction', () => {
  it('hides e-mail addresses, phone numbers, long tokens and secret query values in text', () => {
    const text = scrubText(
      'mail to jean.dupont+x@cabinet.example.fr, SMS to +33 6 12 34 56 78 or 06 12 34 56 78, ' +
        'link /set-password?token=abc&x=1 and /m/Zx8kP2qLw9RtYv3NmB7cD4eF',
    );
    expect(text).not.toMatch(/jean|12 34|abc|Zx8kP2/);
    expect(text.split(REDACTED)).toHaveLength(6);
  });

  it('keeps ordinary words, ids of routes and short numbers', () => {
    expect(scrubText('Outbox delivery round failed: 3 messages')).toBe(
      'Outbox delivery round failed: 3 messages',
    );
  });

  it('lists each secret field at any of the first levels', () => {
    expect(REDACTED_PATHS).toEqual(
      expect.arrayContaining(['password', '*.password', '*.*.password', 'req.headers.cookie']),
    );
  });
});
