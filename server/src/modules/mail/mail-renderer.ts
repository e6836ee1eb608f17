import { Injectable } from '@nestjs/common';
import { DEFAULT_LANGUAGE, isLanguage } from '@guichet/contracts';
import { type MailRenderContext, MailTemplateCatalog } from './mail-template-catalog';
import type { MailRequest, MailTemplate, RenderedMail } from './mail-template';

/**
 * Turns a mail request into subject, HTML and text (MAIL-1). Templates are compiled once, when the
 * app starts. They see the firm's name, how to greet the recipient and the template's own
 * MailVariables, never the address; being compiled strict, a template that names anything else
 * fails to render (and its test fails), so no template can carry a password or a document.
 */
@Injectable()
export class MailRenderer {
  private readonly catalog = MailTemplateCatalog.load();

  render<T extends MailTemplate>(request: MailRequest<T>): RenderedMail {
    const { civility, firstName, lastName } = request.to;
    // A stale preference read from the database must not block a password mail: French it is.
    const language = isLanguage(request.to.language) ? request.to.language : DEFAULT_LANGUAGE;
    const templates = this.catalog.get(language, request.template);
    const context: MailRenderContext = {
      ...request.variables,
      workspaceName: request.workspaceName,
      recipient: { civility, firstName, lastName },
    };
    const subject = singleLine(templates.subject(context));
    return {
      subject,
      html: templates.html({ ...context, subject }),
      text: templates.text(context),
    };
  }
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/**
 * A subject is a header: a line break from a firm or sender name would start a new header (header
 * injection), so every control character becomes a space.
 */
function singleLine(subject: string): string {
  return subject.replace(CONTROL_CHARACTERS, ' ').replace(/ {2,}/g, ' ').trim();
}
