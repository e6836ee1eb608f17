import { AuditEventKind } from '@guichet/contracts';
import type { NewAuditEvent } from './audit-event';
import { AuditEventRepository } from './audit-event.repository';
import { AuditLog } from './audit-log';

describe(AuditLog.name, () => {
  const accountId = '0b6f4a1e-2d3c-4b5a-9e8f-7a6b5c4d3e2f';
  const workspaceId = '8d7c6b5a-4e3f-4a1b-8c2d-1e0f9a8b7c6d';
  let appended: NewAuditEvent[];
  let audit: AuditLog;

  beforeEach(() => {
    appended = [];
    const repository: AuditEventRepository = {
      append: jest.fn(async (event: NewAuditEvent) => {
        appended.push(event);
      }),
      appendMany: jest.fn(async (events: NewAuditEvent[]) => {
        appended.push(...events);
      }),
      list: jest.fn(() => Promise.reject(new Error('list is not expected here'))),
    };
    audit = new AuditLog(repository);
  });

  it('stores the network of the caller, never its address', async () => {
    await audit.record({
      kind: AuditEventKind.SignInFailed,
      outcome: 'failure',
      workspaceId,
      actorId: accountId,
      ip: '203.0.113.57',
    });
    expect(appended).toEqual([
      {
        kind: AuditEventKind.SignInFailed,
        outcome: 'failure',
        workspaceId,
        actorId: accountId,
        targetIds: {},
        ipPrefix: '203.0.113.0/24',
      },
    ]);
    expect(JSON.stringify(appended)).not.toContain('203.0.113.57');
  });

  it('records an attempt whose workspace, account and address are unknown', async () => {
    await audit.record({ kind: AuditEventKind.SignInFailed, outcome: 'failure', ip: 'garbage' });
    expect(appended[0]).toMatchObject({ workspaceId: null, actorId: null, ipPrefix: null });
  });

  it('keeps target ids, and refuses anything in them that is not a UUID', async () => {
    await audit.record({
      kind: AuditEventKind.SignedOut,
      outcome: 'success',
      targetIds: { accountId },
    });
    expect(appended[0]!.targetIds).toEqual({ accountId });

    for (const targetIds of [
      { email: 'sophie@example.com' },
      { accountId: 'sophie@example.com' },
      { 'account id': accountId },
      Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`target${i}Id`, accountId])),
    ]) {
      await expect(
        audit.record({ kind: AuditEventKind.SignedOut, outcome: 'success', targetIds }),
      ).rejects.toThrow(/UUIDs/);
    }
    expect(appended).toHaveLength(1);
  });

  it('refuses kinds, outcomes and ids that do not belong in the trail', async () => {
    const attempts = [
      { kind: 'password.shown' as AuditEventKind, outcome: 'success' as const },
      { kind: AuditEventKind.SignedOut, outcome: 'maybe' as 'success' },
      { kind: AuditEventKind.SignedOut, outcome: 'success' as const, actorId: 'Sophie' },
      { kind: AuditEventKind.SignedOut, outcome: 'success' as const, workspaceId: 'demo' },
    ];
    for (const attempt of attempts) {
      await expect(audit.record(attempt)).rejects.toThrow();
    }
    expect(appended).toEqual([]);
  });
});
