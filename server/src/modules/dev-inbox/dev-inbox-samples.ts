import { Injectable } from '@nestjs/common';
import { Civility } from '@guichet/contracts';
import { Transactions } from '../../core/database/transactions';
import { PublicLinks } from '../../core/http/public-links';
import { MailTemplate, type MailVariables } from '../mail/mail-template';
import { Outbox } from '../outbox/outbox';
import { SmsTemplate } from '../sms/sms-template';
import type { SendSamplesDto } from './dto/send-samples.dto';

const HOUR = 3_600_000;

/**
 * Sends one of every template through the real path (render, outbox, SMTP, dev inbox), so that a
 * developer can read them all on `/dev/inbox`. Development only.
 */
@Injectable()
export class DevInboxSamples {
  constructor(
    private readonly outbox: Outbox,
    private readonly links: PublicLinks,
    private readonly transactions: Transactions,
  ) {}

  /** Enqueues the samples in one transaction and says how many messages that makes. */
  send({ email, mobile, language }: SendSamplesDto): Promise<number> {
    const to = {
      email,
      language,
      civility: Civility.Mrs,
      firstName: 'Sophie',
      lastName: 'Bataillon',
    };
    const workspaceName = 'Cabinet Demo';
    const variables = this.sampleVariables();
    return this.transactions.run(async () => {
      for (const template of Object.values(MailTemplate)) {
        await this.outbox.enqueueMail(
          { template, workspaceName, to, variables: variables[template] },
          { workspaceId: null },
        );
      }
      if (mobile) {
        await this.outbox.enqueueSms(
          {
            template: SmsTemplate.OneTimeCode,
            workspaceName,
            to: mobile,
            language,
            variables: { code: '482913', validMinutes: 10 },
          },
          { workspaceId: null },
        );
      }
      return Object.values(MailTemplate).length + (mobile ? 1 : 0);
    });
  }

  private sampleVariables(): MailVariables {
    const now = Date.now();
    const setPassword = this.links.to('/set-password', { token: 'sample-token' });
    return {
      [MailTemplate.PasswordSetLink]: { link: setPassword, expiresAt: new Date(now + HOUR) },
      [MailTemplate.PasswordChanged]: {
        signInLink: this.links.to('/login'),
        changedAt: new Date(now),
      },
      [MailTemplate.Invitation]: {
        identifier: '25350001',
        link: setPassword,
        expiresAt: new Date(now + 7 * 24 * HOUR),
      },
      [MailTemplate.LostIdentifier]: {
        identifier: '25350001',
        link: setPassword,
        expiresAt: new Date(now + HOUR),
      },
      [MailTemplate.ParcelReceived]: {
        senderName: 'Camille Gestionnaire',
        link: this.links.to('/parcels/sample'),
        expiresAt: new Date(now + 30 * 24 * HOUR),
      },
      [MailTemplate.ParcelExpiring]: {
        link: this.links.to('/parcels/sample'),
        expiresAt: new Date(now + 2 * 24 * HOUR),
      },
      [MailTemplate.SecureMessageNotice]: {
        senderName: 'Camille Gestionnaire',
        link: this.links.to('/messages/sample'),
      },
      [MailTemplate.OneTimeCode]: { code: '482913', validMinutes: 10 },
      [MailTemplate.ErasureNotice]: {
        kind: 'client',
        origin: 'admin',
        erasedAt: new Date(now),
        reference: '00000000-0000-4000-8000-000000000000',
        summary: 'account: 1, session: 2',
      },
      [MailTemplate.SecondFactorChanged]: {
        enabled: true,
        resetByAdmin: false,
        changedAt: new Date(now),
      },
      [MailTemplate.MobileChanged]: { maskedMobile: '+33 6 •• •• •• 10', changedAt: new Date(now) },
      [MailTemplate.EmailReplaced]: {
        maskedEmail: 's.t******@example.com',
        changedAt: new Date(now),
      },
    };
  }
}
