import { addMonths } from './months';

describe('addMonths', () => {
  it('moves by calendar months, back and forth', () => {
    expect(addMonths(new Date('2026-11-30T08:00:00Z'), -24).toISOString()).toBe(
      '2024-11-30T08:00:00.000Z',
    );
    expect(addMonths(new Date('2026-01-15T00:00:00Z'), 12).toISOString()).toBe(
      '2027-01-15T00:00:00.000Z',
    );
  });

  it('keeps to the last day of a shorter month', () => {
    expect(addMonths(new Date('2026-03-31T10:00:00Z'), -1).toISOString()).toBe(
      '2026-02-28T10:00:00.000Z',
    );
  });
});
