import { auditPeriod } from './audit-period';

describe(auditPeriod.name, () => {
  it('runs from the start of the first day to the end of the last, in local time', () => {
    expect(auditPeriod('2026-11-02', '2026-11-03')).toEqual({
      from: new Date(2026, 10, 2).toISOString(),
      to: new Date(2026, 10, 4).toISOString(),
    });
  });

  it('takes one day for a period of one day, and crosses a month end', () => {
    expect(auditPeriod('2026-11-30', '2026-11-30')).toEqual({
      from: new Date(2026, 10, 30).toISOString(),
      to: new Date(2026, 11, 1).toISOString(),
    });
  });

  it('leaves out an empty end, and refuses a period that ends before it starts', () => {
    expect(auditPeriod('', '2026-11-03')).toEqual({
      from: undefined,
      to: new Date(2026, 10, 4).toISOString(),
    });
    expect(auditPeriod('', '')).toEqual({ from: undefined, to: undefined });
    expect(auditPeriod('2026-11-04', '2026-11-03')).toBeNull();
  });
});
