import { Injectable } from '@nestjs/common';
import type { Language } from '@guichet/contracts';
import { PublicLinks } from '../../core/http/public-links';
import { MailTemplate } from '../mail/mail-template';
import { Outbox } from '../outbox/outbox';

const external = (email: string, language: Language) => ({
  email,
  language,
  civility: null,
  firstName: null,
  lastName: null,
});

/** The two mails of a secure message: the notice (a link, no content) and the one-time code. */
@Injectable()
export class SecureMessageMails {
  constructor(
    private readonly outbox: Outbox,
    private readonly links: PublicLinks,
  ) {}

  /** "Read the message": the sender's name and a personal link, never the subject, body or files. */
  async notice(input: {
    workspaceId: string;
    workspaceName: string;
    language: Language;
    email: string;
    senderName: string;
    token: string;
  }): Promise<void> {
    await this.outbox.enqueueMail(
      {
        template: MailTemplate.SecureMessageNotice,
        workspaceName: input.workspaceName,
        to: external(input.email, input.language),
        variables: { senderName: input.senderName, link: this.links.to(`/m/${input.token}`) },
      },
      { workspaceId: input.workspaceId },
    );
  }

  async code(input: {
    workspaceId: string;
    workspaceName: string;
    language: Language;
    email: string;
    code: string;
    validMinutes: number;
  }): Promise<void> {
    await this.outbox.enqueueMail(
      {
        template: MailTemplate.OneTimeCode,
        workspaceName: input.workspaceName,
        to: external(input.email, input.language),
        variables: { code: input.code, validMinutes: input.validMinutes },
      },
      { workspaceId: input.workspaceId },
    );
  }
}
