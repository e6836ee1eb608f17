import { IdentityErrorCode } from '@guichet/contracts';
import type { Accounts } from '../accounts/accounts';
import type { OtpChallenges } from '../otp/otp-challenges';
import type { Workspace } from '../workspaces/workspace';
import type { Workspaces } from '../workspaces/workspaces';
import type { IdentityFlow } from './identity-flow';
import type { IdentityFlowRepository } from './identity-flow.repository';
import { IdentityFlows } from './identity-flows';

describe(IdentityFlows.name, () => {
  const workspace: Workspace = {
    id: '8d7c6b5a-4e3f-4a1b-8c2d-1e0f9a8b7c6d',
    slug: 'demo',
    name: 'Cabinet Demo',
    idleTimeoutMinutes: 20,
    smsOtpEnabled: true,
    otpValidMinutes: null,
  };
  const flow: IdentityFlow = {
    id: '5c4d3e2f-0b6f-4a1e-8d3c-9e8f7a6b4b5a',
    workspaceId: workspace.id,
    kind: 'first-connection',
    step: 'verify-code',
    accountId: null,
    data: { maskedMobile: '+33 6 •• •• •• 44' },
    attempts: 0,
    endedAt: null,
    expiresAt: new Date(Date.now() + 60_000),
  };
  let repository: jest.Mocked<IdentityFlowRepository>;
  let flows: IdentityFlows;

  const codeOf = async (work: Promise<unknown>) =>
    work.then(
      () => 'ok',
      (error: { code?: string }) => error.code,
    );

  beforeEach(() => {
    repository = {
      add: jest.fn(),
      findByTokenHash: jest.fn().mockResolvedValue(flow),
      removeByTokenHash: jest.fn(),
      advance: jest.fn().mockResolvedValue(true),
      countWrongCode: jest.fn(),
      end: jest.fn(),
      purgeExpired: jest.fn(),
    } as unknown as jest.Mocked<IdentityFlowRepository>;
    const workspaces = {
      findById: jest.fn().mockResolvedValue(workspace),
    } as unknown as Workspaces;
    const accounts = { findById: jest.fn().mockResolvedValue(null) } as unknown as Accounts;
    const otp = {
      maxAttempts: 5,
      resendInSeconds: jest.fn().mockResolvedValue(42),
    } as unknown as OtpChallenges;
    flows = new IdentityFlows(repository, workspaces, accounts, otp);
  });

  it('answers 404 without a token, for an unknown one and for an expired flow', async () => {
    expect(await codeOf(flows.load(undefined))).toBe(IdentityErrorCode.FlowNotFound);
    repository.findByTokenHash.mockResolvedValueOnce(null);
    expect(await codeOf(flows.load('token'))).toBe(IdentityErrorCode.FlowNotFound);
    repository.findByTokenHash.mockResolvedValueOnce({ ...flow, expiresAt: new Date(0) });
    expect(await codeOf(flows.load('token'))).toBe(IdentityErrorCode.FlowNotFound);
  });

  it('answers 410 for an ended flow and 409 for another step', async () => {
    repository.findByTokenHash.mockResolvedValueOnce({ ...flow, endedAt: new Date() });
    expect(await codeOf(flows.load('token'))).toBe(IdentityErrorCode.FlowEnded);
    expect(await codeOf(flows.at('token', 'contact'))).toBe(IdentityErrorCode.WrongStep);
    expect(await codeOf(flows.at('token', 'verify-code'))).toBe('ok');
  });

  it('answers 409 when a concurrent request moved the flow first', async () => {
    repository.advance.mockResolvedValueOnce(false);
    expect(await codeOf(flows.advance(flow, 'link-sent'))).toBe(IdentityErrorCode.WrongStep);
    expect(repository.advance).toHaveBeenCalledWith(flow.id, 'verify-code', 'link-sent', {});
  });

  it('ends the flow at the fifth wrong code', async () => {
    repository.countWrongCode.mockResolvedValueOnce(4);
    await expect(flows.wrongCode(flow)).resolves.toBe(1);
    expect(repository.end).not.toHaveBeenCalled();
    repository.countWrongCode.mockResolvedValueOnce(5);
    await expect(flows.wrongCode(flow)).resolves.toBe(0);
    expect(repository.end).toHaveBeenCalledWith(flow.id);
    repository.countWrongCode.mockResolvedValueOnce(null);
    expect(await codeOf(flows.wrongCode(flow))).toBe(IdentityErrorCode.FlowEnded);
  });

  it('tells the wizard the masked number, tries left and cooldown only at the code step', async () => {
    await expect(flows.state({ flow: { ...flow, attempts: 2 }, workspace })).resolves.toMatchObject(
      {
        step: 'verify-code',
        maskedMobile: '+33 6 •• •• •• 44',
        attemptsLeft: 3,
        resendInSeconds: 42,
        email: null,
      },
    );
    await expect(
      flows.state({
        flow: { ...flow, step: 'link-sent', data: { shownEmail: 'a@b.fr' } },
        workspace,
      }),
    ).resolves.toMatchObject({
      maskedMobile: null,
      attemptsLeft: null,
      resendInSeconds: null,
      email: 'a@b.fr',
    });
  });
});
