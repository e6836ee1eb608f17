/**
 * French wording, the source of truth: every key the interface uses is declared here first and
 * other languages must provide exactly the same keys (see `Dictionary`).
 */
export const fr = {
  'app.name': 'Guichet',
  'app.documentTitle': '{page} · Guichet',

  'shell.skipToContent': 'Aller au contenu principal',
  'shell.home': "Guichet, retour à l'accueil",
  'shell.languageSwitch.label': "Langue de l'interface",
  'shell.userMenu.label': 'Mon compte',
  'shell.userMenu.signIn': 'Se connecter',
  'shell.footer.copyright': '© {year} Guichet — espace client sécurisé',

  'form.error.required': 'Ce champ est obligatoire.',

  'login.pageTitle': 'Connexion',
  'login.heading': 'Connexion',
  'login.intro': 'Accédez à votre espace client sécurisé.',
  'login.workspace.label': 'Espace de travail',
  'login.identifier.label': "Identifiant (code d'accès ou e-mail)",
  'login.password.label': 'Mot de passe',
  'login.submit': 'Se connecter',
  'login.comingSoon': 'La connexion sera disponible dans une prochaine version.',

  'notFound.pageTitle': 'Page introuvable',
  'notFound.heading': 'Page introuvable',
  'notFound.message': "La page demandée n'existe pas ou a été déplacée.",
  'notFound.backHome': "Retour à l'accueil",
} satisfies Record<string, string>;

/** A key of the interface wording; template and code typos fail to compile. */
export type TranslationKey = keyof typeof fr;

/** A complete set of wording for one language: exactly the French keys, no more, no fewer. */
export type Dictionary = Readonly<Record<TranslationKey, string>>;
