import type { ValidatorFn } from '@angular/forms';
import { Validators } from '@angular/forms';
import type { Observable } from 'rxjs';
import type { TranslationKey } from '../../core/i18n';
import type { IdentityApi } from '../identity-api';

/** The two "I forgot" requests of IDV-4: they differ only by the field asked and the words. */
export type RecoveryRequestKind = 'forgot-password' | 'lost-identifier';

export interface RecoveryRequest {
  readonly heading: TranslationKey;
  readonly intro: TranslationKey;
  readonly sent: TranslationKey;
  readonly sentHint: TranslationKey;
  readonly sentTestId: string;
  readonly field: {
    /** As the server names it, so that its field errors land on the input. */
    readonly name: 'identifier' | 'email';
    readonly label: TranslationKey;
    readonly type: 'text' | 'email';
    readonly autocomplete: 'username' | 'email';
    readonly testId: string;
    readonly validators: ValidatorFn[];
  };
  send(
    api: IdentityApi,
    workspace: string | undefined,
    value: string,
    captcha: string,
  ): Observable<void>;
}

export const recoveryRequests: Record<RecoveryRequestKind, RecoveryRequest> = {
  /** "Mot de passe oublié ?": access code or e-mail; the mail carries a link. */
  'forgot-password': {
    heading: 'forgotPassword.heading',
    intro: 'forgotPassword.intro',
    sent: 'forgotPassword.sent',
    sentHint: 'forgotPassword.sentHint',
    sentTestId: 'forgot-password-sent',
    field: {
      name: 'identifier',
      label: 'login.identifier.label',
      type: 'text',
      autocomplete: 'username',
      testId: 'step-identifier',
      validators: [Validators.required, Validators.maxLength(254)],
    },
    send: (api, workspace, identifier, captcha) =>
      api.forgotPassword({ ...(workspace ? { workspace } : {}), identifier, captcha }),
  },
  /** "J'ai oublié mes identifiants" (seed 003): e-mail; the mail carries the identifier and a link. */
  'lost-identifier': {
    heading: 'lostIdentifier.heading',
    intro: 'lostIdentifier.intro',
    sent: 'lostIdentifier.sent',
    sentHint: 'lostIdentifier.sentHint',
    sentTestId: 'lost-identifier-sent',
    field: {
      name: 'email',
      label: 'identity.email.label',
      type: 'email',
      autocomplete: 'email',
      testId: 'step-email',
      validators: [Validators.required, Validators.email, Validators.maxLength(254)],
    },
    send: (api, workspace, email, captcha) =>
      api.lostIdentifier({ ...(workspace ? { workspace } : {}), email, captcha }),
  },
};
