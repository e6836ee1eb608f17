import { cpSync, existsSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Civility, LANGUAGES } from '@guichet/contracts';
import {
  MAIL_TEMPLATE_PARTS,
  MAIL_TEMPLATES_DIR,
  type MailRenderContext,
  MailTemplateCatalog,
} from './mail-template-catalog';
import { MailTemplate } from './mail-template';

describe(MailTemplateCatalog.name, () => {
  let copy: string;
  beforeEach(() => {
    copy = mkdtempSync(join(tmpdir(), 'guichet-mail-templates-'));
    cpSync(MAIL_TEMPLATES_DIR, copy, { recursive: true });
  });
  afterEach(() => rmSync(copy, { recursive: true, force: true }));

  const context: MailRenderContext & Record<string, unknown> = {
    workspaceName: 'Cabinet Deguedre',
    recipient: { civility: Civility.Mr, firstName: 'Sophat', lastName: 'Teng' },
    subject: 'Sujet',
    code: '482913',
    validMinutes: 10,
  };

  it('has a subject, an HTML and a text file for every template in every language', () => {
    const files = LANGUAGES.flatMap((language) =>
      Object.values(MailTemplate).flatMap((template) =>
        MAIL_TEMPLATE_PARTS.map((part) => join(language, `${template}.${part}.hbs`)),
      ),
    );

    expect(files).toHaveLength(LANGUAGES.length * Object.values(MailTemplate).length * 3);
    expect(files.filter((file) => !existsSync(join(MAIL_TEMPLATES_DIR, file)))).toEqual([]);
    expect(() => MailTemplateCatalog.load()).not.toThrow();
  });

  it('refuses to start when a template file is missing, naming it', () => {
    unlinkSync(join(copy, 'en', 'invitation.text.hbs'));

    expect(() => MailTemplateCatalog.load(copy)).toThrow(
      /Mail template file missing: .*en\/invitation\.text\.hbs$/,
    );
  });

  it('refuses to start when a layout is missing', () => {
    unlinkSync(join(copy, 'fr', 'partials', 'layout.html.hbs'));

    expect(() => MailTemplateCatalog.load(copy)).toThrow(/fr\/partials\/layout\.html\.hbs/);
  });

  it('refuses to start when a template does not parse, instead of failing at first send', () => {
    writeFileSync(join(copy, 'fr', 'one-time-code.subject.hbs'), 'Votre code {{#if}}');

    expect(() => MailTemplateCatalog.load(copy)).toThrow(/fr\/one-time-code\.subject\.hbs/);
  });

  it('fails to render a template that reaches for a variable MailVariables does not declare', () => {
    writeFileSync(
      join(copy, 'fr', 'one-time-code.text.hbs'),
      '{{#> layout}}\nVotre mot de passe : {{password}}\n{{/layout}}\n',
    );
    const catalog = MailTemplateCatalog.load(copy);

    expect(() => catalog.get('fr', MailTemplate.OneTimeCode).text(context)).toThrow(
      /"password" not defined/,
    );
  });

  it('renders the shipped templates with only the declared variables', () => {
    const templates = MailTemplateCatalog.load().get('fr', MailTemplate.OneTimeCode);

    expect(templates.text(context)).toContain('482913');
    expect(templates.html(context)).toContain('482913');
  });
});
