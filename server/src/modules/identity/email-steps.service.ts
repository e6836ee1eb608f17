import { Injectable } from '@nestjs/common';
import { IdentityErrorCode, type IdentityFlowState } from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';
import { maskEmail } from '../../core/privacy/mask-email';
import { FlowEndings } from './flow-endings';
import { IdentityFlows } from './identity-flows';

/** The address steps: confirm the one on file (IDV-2b, IDV-3a), replace it, or give one (IDV-2a). */
@Injectable()
export class EmailSteps {
  constructor(
    private readonly flows: IdentityFlows,
    private readonly endings: FlowEndings,
  ) {}

  /** "Confirmer": the link goes to the address on file, shown masked. */
  async confirm(token: string | undefined, ip: string): Promise<IdentityFlowState> {
    const loaded = await this.flows.at(token, 'confirm-email');
    const { account } = loaded;
    if (!account?.email) {
      throw new AppError(IdentityErrorCode.WrongStep, 'No address on file to confirm');
    }
    return this.endings.sendLink(
      loaded,
      account,
      { to: account.email, shown: maskEmail(account.email) },
      ip,
    );
  }

  /** "Je n'ai plus accès à cette adresse": a new address needs the mobile check (IDV-3b). */
  async replace(token: string | undefined): Promise<IdentityFlowState> {
    const loaded = await this.flows.at(token, 'confirm-email');
    const flow = await this.flows.advance(loaded.flow, 'contact');
    return this.flows.state({ flow, workspace: loaded.workspace });
  }

  /** IDV-2a: a signed-in legacy user with no address on file gives one; the link goes there. */
  async enter(token: string | undefined, email: string, ip: string): Promise<IdentityFlowState> {
    const loaded = await this.flows.at(token, 'enter-email');
    if (!loaded.account) throw new AppError(IdentityErrorCode.WrongStep, 'No account to migrate');
    const typed = email.trim().toLowerCase();
    return this.endings.sendLink(loaded, loaded.account, { to: typed, shown: typed }, ip);
  }
}
