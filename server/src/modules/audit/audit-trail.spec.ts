import { AuditEventKind, CommonErrorCode } from '@guichet/contracts';
import { encodeAuditCursor } from './audit-cursor';
import type { AuditEventFilter, AuditEventPage } from './audit-event';
import { AuditEventRepository } from './audit-event.repository';
import { AuditTrail } from './audit-trail';

describe(AuditTrail.name, () => {
  const workspaceId = '8d7c6b5a-4e3f-4a1b-8c2d-1e0f9a8b7c6d';
  const position = {
    occurredAt: '2026-11-23T15:00:00.123456Z',
    id: '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b',
  };
  let asked: AuditEventFilter[];
  let trail: AuditTrail;

  beforeEach(() => {
    asked = [];
    const repository: AuditEventRepository = {
      append: jest.fn(() => Promise.reject(new Error('append is not expected here'))),
      appendMany: jest.fn(() => Promise.reject(new Error('appendMany is not expected here'))),
      list: jest.fn(async (filter: AuditEventFilter): Promise<AuditEventPage> => {
        asked.push(filter);
        return { events: [], next: position };
      }),
    };
    trail = new AuditTrail(repository);
  });

  it('turns positions into opaque cursors and back', async () => {
    const page = await trail.page({ workspaceId, limit: 50, kind: AuditEventKind.AccountLocked });
    expect(page.nextCursor).toBe(encodeAuditCursor(position));
    await trail.page({ workspaceId, limit: 50, cursor: page.nextCursor! });
    expect(asked[1]).toEqual({ workspaceId, limit: 50, before: position });
  });

  it('answers a cursor it did not make with a validation error, without reading', async () => {
    await expect(trail.page({ workspaceId, limit: 50, cursor: 'garbage' })).rejects.toMatchObject({
      code: CommonErrorCode.ValidationFailed,
      fields: { cursor: ['invalidCursor'] },
    });
    expect(asked).toEqual([]);
  });
});
