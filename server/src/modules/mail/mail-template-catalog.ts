import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { LANGUAGES, type Language } from '@guichet/contracts';
import { formatMailDate, formatMailMinutes } from './mail-date';
import { mailGreeting } from './mail-greeting';
import { type MailRecipient, MailTemplate } from './mail-template';

/** Next to this file in server/src (Jest) and in server/dist/src (the build copies the assets). */
export const MAIL_TEMPLATES_DIR = join(__dirname, 'templates');

/** Every template has these three files: `<lang>/<template>.<part>.hbs`. */
export const MAIL_TEMPLATE_PARTS = ['subject', 'html', 'text'] as const;
export type MailTemplatePart = (typeof MAIL_TEMPLATE_PARTS)[number];

export type CompiledMailTemplate = Record<MailTemplatePart, Handlebars.TemplateDelegate>;

type Format = 'html' | 'text';

/** Shared pieces, per language: `<lang>/partials/<name>.<format>.hbs`. */
const PARTIALS: Record<Format, readonly string[]> = {
  html: ['layout', 'button'],
  text: ['layout'],
};

const HELPERS = ['greeting', 'date', 'minutes'] as const;

/**
 * `strict` makes a template that names a variable the render context lacks throw instead of
 * printing nothing: a template cannot quietly reach for something that is not in MailVariables.
 */
const COMPILE_OPTIONS: Record<Format, CompileOptions> = {
  html: { strict: true, knownHelpers: knownHelpers() },
  text: { strict: true, noEscape: true, knownHelpers: knownHelpers() },
};

/** Every mail template in every language, read and parsed once so a missing file stops start-up. */
export class MailTemplateCatalog {
  private constructor(private readonly templates: ReadonlyMap<string, CompiledMailTemplate>) {}

  static load(dir: string = MAIL_TEMPLATES_DIR): MailTemplateCatalog {
    const templates = new Map<string, CompiledMailTemplate>();
    for (const language of LANGUAGES) {
      const environments: Record<Format, typeof Handlebars> = {
        html: environment(dir, language, 'html'),
        text: environment(dir, language, 'text'),
      };
      for (const template of Object.values(MailTemplate)) {
        const compile = (part: MailTemplatePart, format: Format) =>
          compileFile(environments[format], join(dir, language, `${template}.${part}.hbs`), format);
        templates.set(key(language, template), {
          // The subject is a header, never HTML: escaping would show "&amp;" in the inbox.
          subject: compile('subject', 'text'),
          html: compile('html', 'html'),
          text: compile('text', 'text'),
        });
      }
    }
    return new MailTemplateCatalog(templates);
  }

  get(language: Language, template: MailTemplate): CompiledMailTemplate {
    const compiled = this.templates.get(key(language, template));
    if (!compiled) throw new Error(`No mail template "${template}" in "${language}"`);
    return compiled;
  }
}

/** A Handlebars instance of its own per language and format: partials and helpers differ. */
function environment(dir: string, language: Language, format: Format): typeof Handlebars {
  const handlebars = Handlebars.create();
  handlebars.registerHelper({
    greeting: (options: Handlebars.HelperOptions) =>
      mailGreeting((options.data as { root: MailRenderContext }).root.recipient, language),
    date: (value: Date | string) => formatMailDate(value, language),
    minutes: (value: number) => formatMailMinutes(value, language),
  });
  for (const name of PARTIALS[format]) {
    const file = join(dir, language, 'partials', `${name}.${format}.hbs`);
    handlebars.registerPartial(name, compileFile(handlebars, file, format));
  }
  return handlebars;
}

/** Parsing here, not at first render, is what makes a syntax error fail at start-up. */
function compileFile(
  handlebars: typeof Handlebars,
  file: string,
  format: Format,
): Handlebars.TemplateDelegate {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`Mail template file missing: ${file}`);
  }
  try {
    return handlebars.compile(handlebars.parse(source), COMPILE_OPTIONS[format]);
  } catch (error) {
    throw new Error(`Mail template ${file} does not parse: ${(error as Error).message}`);
  }
}

function knownHelpers(): KnownHelpers {
  return Object.fromEntries(HELPERS.map((name) => [name, true])) as KnownHelpers;
}

function key(language: Language, template: MailTemplate): string {
  return `${language}/${template}`;
}

/** What every template sees besides its own variables (built by MailRenderer). */
export interface MailRenderContext {
  workspaceName: string;
  recipient: Pick<MailRecipient, 'civility' | 'firstName' | 'lastName'>;
}
