import { describePurge, emptyReport, planPurge, purgeReason } from './purge-plan';

describe(purgeReason.name, () => {
  const now = new Date('2026-11-30T12:00:00Z');
  const plan = planPurge(now, 24);
  const at = (offsetHours: number) => new Date(now.getTime() + offsetHours * 3_600_000);

  it('takes a withdrawn parcel at once, whatever its expiry', () => {
    expect(purgeReason({ state: 'withdrawn', expiresAt: at(100), createdAt: at(-1) }, plan)).toBe(
      'withdrawn',
    );
  });

  it('takes a parcel at its expiry, not a second before', () => {
    expect(purgeReason({ state: 'sent', expiresAt: at(0), createdAt: at(-50) }, plan)).toBe(
      'expired',
    );
    expect(
      purgeReason(
        { state: 'sent', expiresAt: new Date(now.getTime() + 1000), createdAt: at(-50) },
        plan,
      ),
    ).toBeNull();
    expect(purgeReason({ state: 'draft', expiresAt: at(-1), createdAt: at(-2) }, plan)).toBe(
      'expired',
    );
  });

  it('takes a draft never sent after 24 hours, never a sent parcel for its age', () => {
    expect(purgeReason({ state: 'draft', expiresAt: at(500), createdAt: at(-24) }, plan)).toBe(
      'stale-draft',
    );
    expect(
      purgeReason({ state: 'draft', expiresAt: at(500), createdAt: at(-23) }, plan),
    ).toBeNull();
    expect(
      purgeReason({ state: 'sent', expiresAt: at(500), createdAt: at(-400) }, plan),
    ).toBeNull();
  });

  it('says what a run did in one line without names', () => {
    const report = {
      ...emptyReport(false),
      documents: 3,
      bytes: 10,
      keysShredded: 3,
      blobsDeleted: 3,
    };
    report.parcels.expired = 2;
    expect(describePurge(report)).toBe(
      'purge: destroyed 2 parcel(s) (2 expired, 0 withdrawn, 0 abandoned drafts), 3 document(s), 10 bytes; ' +
        '3 key(s) shredded, 3 blob(s) deleted, 0 interrupted write(s) removed, 0 batch(es), 0 ms',
    );
    expect(describePurge({ ...emptyReport(true) })).toMatch(/^purge \(dry run\): would destroy 0/);
  });
});
