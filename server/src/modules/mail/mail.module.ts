import { Module } from '@nestjs/common';
import { MailerModule } from '@nestjs-modules/mailer';
import { mailConfig } from '../../core/config/mail.config';
import { DevInboxModule } from '../dev-inbox/dev-inbox.module';
import { DevInboxSmtpServer } from '../dev-inbox/dev-inbox-smtp-server';
import { MailRenderer } from './mail-renderer';
import { MailSender } from './mail-sender';
import { mailerOptions } from './mailer-options';
import { SmtpMailSender } from './smtp-mail-sender';

/** MAIL-1 and MAIL-3: renders the product's mails and hands them to SMTP (for the outbox). */
@Module({
  imports: [
    MailerModule.forRootAsync({
      imports: [DevInboxModule],
      inject: [mailConfig.KEY, DevInboxSmtpServer],
      useFactory: mailerOptions,
    }),
  ],
  providers: [MailRenderer, { provide: MailSender, useClass: SmtpMailSender }],
  exports: [MailRenderer, MailSender],
})
export class MailModule {}
