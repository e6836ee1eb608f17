import { maskEmail } from './mask-email';

describe('maskEmail', () => {
  it('keeps the start of the address and the domain, as in IDV-2b', () => {
    expect(maskEmail('s.bataillon@idealsoft.fr')).toBe('s.b******@idealsoft.fr');
  });

  it('keeps a single character of a short local part and hides a malformed value entirely', () => {
    expect(maskEmail('anna@example.test')).toBe('a******@example.test');
    expect(maskEmail('not-an-address')).toBe('******');
  });
});
