import Handlebars from 'handlebars';
import { Civility, LANGUAGES, type Language } from '@guichet/contracts';
import { MailRenderer } from './mail-renderer';
import {
  type MailRecipient,
  type MailRequest,
  MailTemplate,
  type MailVariables,
} from './mail-template';

const LINK = 'https://guichet.example/w/deguedre/password?token=Zm9v_YmFy-42&flow=first';
const SIGN_IN = 'https://guichet.example/w/deguedre/login?login=72018689';
const AT = new Date('2026-11-23T13:05:00Z'); // 14:05 in Paris (winter time)

const VARIABLES: { [T in MailTemplate]: MailVariables[T] } = {
  [MailTemplate.PasswordSetLink]: { link: LINK, expiresAt: AT },
  [MailTemplate.PasswordChanged]: { signInLink: SIGN_IN, changedAt: AT },
  [MailTemplate.Invitation]: { identifier: '72018689', link: LINK, expiresAt: AT },
  [MailTemplate.LostIdentifier]: { identifier: '72018689', link: LINK, expiresAt: AT },
  [MailTemplate.ParcelReceived]: { senderName: 'Claire Martin', link: LINK, expiresAt: AT },
  [MailTemplate.ParcelExpiring]: { link: LINK, expiresAt: AT },
  [MailTemplate.SecureMessageNotice]: { senderName: 'Claire Martin', link: LINK },
  [MailTemplate.OneTimeCode]: { code: '482913', validMinutes: 10 },
  [MailTemplate.ErasureNotice]: {
    kind: 'client',
    origin: 'admin',
    erasedAt: AT,
    reference: '00000000-0000-4000-8000-000000000000',
    summary: 'account: 1',
  },
  [MailTemplate.SecondFactorChanged]: { enabled: false, resetByAdmin: true, changedAt: AT },
  [MailTemplate.MobileChanged]: { maskedMobile: '+33 6 •• •• •• 10', changedAt: AT },
  [MailTemplate.EmailReplaced]: { maskedEmail: 's.t******@example.com', changedAt: AT },
};

const EXPECTED: Record<Language, { greeting: string; date: string }> = {
  fr: { greeting: 'Bonjour Monsieur Teng,', date: '23 novembre 2026 à 14:05' },
  en: { greeting: 'Hello Mr Teng,', date: '23 November 2026 at 14:05' },
};

const teng = (language: Language, change: Partial<MailRecipient> = {}): MailRecipient => ({
  email: 's.teng@example.com',
  language,
  civility: Civility.Mr,
  firstName: 'Sophat',
  lastName: 'Teng',
  ...change,
});

function request<T extends MailTemplate>(
  template: T,
  to: MailRecipient,
  workspaceName = 'Cabinet Deguedre',
): MailRequest<T> {
  return { template, workspaceName, to, variables: VARIABLES[template] };
}

/** What a link looks like inside HTML: entity-encoded, which every mail client decodes back. */
const inHtml = (value: string) => Handlebars.escapeExpression(value);

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe(MailRenderer.name, () => {
  const renderer = new MailRenderer();

  describe.each(LANGUAGES)('in %s', (language) => {
    const expected = EXPECTED[language];

    it.each(Object.values(MailTemplate))('renders %s in both parts', (template) => {
      const mail = renderer.render(request(template, teng(language)));
      const variables: Record<string, unknown> = VARIABLES[template];

      expect(mail.subject).toContain('Cabinet Deguedre');
      expect(mail.subject).not.toMatch(/[\r\n]/);
      expect(mail.html).toMatch(new RegExp(`^<!DOCTYPE html>\\s*<html lang="${language}"`));
      for (const part of [mail.html, mail.text]) {
        expect(part).toContain(expected.greeting);
        expect(part).toContain('Cabinet Deguedre');
        expect(part).toContain('Guichet');
        expect(part).not.toContain('s.teng@example.com');
      }
      for (const name of ['link', 'signInLink']) {
        const link = variables[name];
        if (typeof link !== 'string') continue;
        expect(mail.text).toContain(`\n${link}\n`);
        // The button and the written-out link below it, for clients that block buttons.
        expect(mail.html).toContain(`href="${inHtml(link)}"`);
        expect(mail.html).toContain(`>${inHtml(link)}</a>`);
      }
      for (const name of ['expiresAt', 'changedAt']) {
        if (!(variables[name] instanceof Date)) continue;
        expect(mail.html).toContain(expected.date);
        expect(mail.text).toContain(expected.date);
      }
      for (const name of ['identifier', 'senderName', 'code']) {
        const value = variables[name];
        if (typeof value !== 'string') continue;
        expect(mail.html).toContain(value);
        expect(mail.text).toContain(value);
      }
    });

    it('shows the one-time code with its validity in minutes and a warning', () => {
      const mail = renderer.render(request(MailTemplate.OneTimeCode, teng(language)));
      const warning = language === 'fr' ? /Ne communiquez jamais ce code/ : /Never share this code/;
      expect(mail.html).toMatch(/font-size:32px[^>]*>482913<\/p>/);
      expect(mail.text).toMatch(/^ {4}482913$/m);
      for (const part of [mail.html, mail.text]) {
        expect(part).toContain('10 minutes');
        expect(part).toMatch(warning);
      }
      expect(mail.subject).not.toContain('482913');
    });

    it('words each two-step verification change its own way, from subject to body', () => {
      const render = (enabled: boolean, resetByAdmin: boolean) =>
        renderer.render({
          ...request(MailTemplate.SecondFactorChanged, teng(language)),
          variables: { enabled, resetByAdmin, changedAt: AT },
        });
      const [on, off, reset] = [render(true, false), render(false, false), render(false, true)];
      const words =
        language === 'fr'
          ? { on: /activée/, off: /désactivée/, reset: /réinitialisé/, notYou: /pas à l'origine/ }
          : { on: /turned on/, off: /turned off/, reset: /reset/, notYou: /not make this change/ };
      expect(on.subject).toMatch(words.on);
      expect(off.subject).toMatch(words.off);
      expect(reset.subject).toMatch(words.reset);
      expect(on.text).toMatch(words.notYou);
      expect(off.text).toMatch(words.notYou);
      expect(reset.text).toMatch(words.reset);
      expect(reset.text).not.toMatch(words.off);
      // Standalone block tags leave no run of blank lines behind.
      for (const mail of [on, off, reset]) expect(mail.text).not.toMatch(/\n\s*\n\s*\n/);
    });

    it('says the password-set link is single-use and may be ignored', () => {
      const { text } = renderer.render(request(MailTemplate.PasswordSetLink, teng(language)));
      expect(text).toMatch(
        language === 'fr'
          ? /valable jusqu'au 23 novembre 2026 à 14:05[\s\S]*une seule fois[\s\S]*ignorez/
          : /valid until 23 November 2026 at 14:05[\s\S]*only once[\s\S]*ignore/,
      );
    });
  });

  it('greets by civility and last name, full name, or neither', () => {
    const greetingOf = (to: MailRecipient) =>
      renderer.render(request(MailTemplate.PasswordChanged, to)).text.split('\n')[2];
    const bataillon = { civility: Civility.Mrs, firstName: 'Sandrine', lastName: 'Bataillon' };
    const nobody = { civility: null, firstName: null, lastName: null };

    expect(greetingOf(teng('fr', bataillon))).toBe('Bonjour Madame Bataillon,');
    expect(greetingOf(teng('en', bataillon))).toBe('Hello Mrs Bataillon,');
    expect(greetingOf(teng('fr', { civility: null }))).toBe('Bonjour Sophat Teng,');
    expect(greetingOf(teng('en', { civility: null }))).toBe('Hello Sophat Teng,');
    expect(greetingOf(teng('fr', nobody))).toBe('Bonjour,');
    expect(greetingOf(teng('en', nobody))).toBe('Hello,');
  });

  it('uses the secure-message wording users know from seed 004', () => {
    const fr = renderer.render(request(MailTemplate.SecureMessageNotice, teng('fr', {})));
    const en = renderer.render(request(MailTemplate.SecureMessageNotice, teng('en', {})));
    const button = (label: string) =>
      new RegExp(`<a href="${escapeRegExp(inHtml(LINK))}"[^>]*>${label}</a>`);
    expect(fr.html).toMatch(button('Lire le message'));
    expect(en.html).toMatch(button('Read the message'));
  });

  it('escapes names in HTML so that they cannot become markup', () => {
    const mail = renderer.render({
      ...request(
        MailTemplate.ParcelReceived,
        teng('fr', { lastName: '<script>alert(1)</script>' }),
      ),
      workspaceName: 'Dupont & <i>Fils</i>',
      variables: { senderName: '<img src=x onerror=alert(2)>', link: LINK, expiresAt: AT },
    });

    expect(mail.html).not.toMatch(/<script|<img|<i>/);
    expect(mail.html).toContain('Bonjour Monsieur &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(mail.html).toContain('Dupont &amp; &lt;i&gt;Fils&lt;/i&gt;');
    // Plain text and the subject header are not HTML: they keep the characters as typed.
    expect(mail.text).toContain('Dupont & <i>Fils</i>');
    expect(mail.subject).toContain('Dupont & <i>Fils</i>');
  });

  it('keeps the subject on one line whatever the firm or sender name holds', () => {
    const mail = renderer.render({
      ...request(
        MailTemplate.SecureMessageNotice,
        teng('fr'),
        'Cabinet\r\nBcc: victim@example.com',
      ),
      variables: { senderName: 'Claire\nMartin\u2028', link: LINK },
    });

    expect(mail.subject).not.toMatch(/[\r\n\u2028]/);
    expect(mail.subject).toBe(
      'Message sécurisé de Claire Martin – Cabinet Bcc: victim@example.com',
    );
  });

  it('speaks French and English differently', () => {
    for (const template of Object.values(MailTemplate)) {
      const fr = renderer.render(request(template, teng('fr')));
      const en = renderer.render(request(template, teng('en')));
      expect(fr.subject).not.toBe(en.subject);
      expect(fr.text).not.toBe(en.text);
      expect(fr.html).not.toBe(en.html);
    }
  });

  it('falls back to French for a language preference it does not speak', () => {
    const mail = renderer.render(request(MailTemplate.PasswordChanged, teng('de' as Language)));
    expect(mail.text).toContain('Bonjour Monsieur Teng,');
  });

  it('formats dates that came back from the outbox as ISO strings', () => {
    const mail = renderer.render({
      ...request(MailTemplate.ParcelExpiring, teng('fr')),
      variables: { link: LINK, expiresAt: AT.toISOString() as unknown as Date },
    });
    expect(mail.text).toContain('supprimé le 23 novembre 2026 à 14:05');
  });

  it('formats summer dates on Paris summer time', () => {
    const mail = renderer.render({
      ...request(MailTemplate.PasswordChanged, teng('en')),
      variables: { signInLink: SIGN_IN, changedAt: new Date('2026-07-01T07:30:00Z') },
    });
    expect(mail.text).toContain('on 1 July 2026 at 09:30 (Paris time)');
  });
});
