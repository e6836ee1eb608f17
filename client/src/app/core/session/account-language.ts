import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type Language, type LanguageChange } from '@guichet/contracts';
import { apiUrl } from '../http/api-url';
import { SessionStore } from './session-store';

/**
 * "English on request": the interface language a signed-in user picks is also the language of
 * the mails and SMS their account receives, so they ask once, where they see it.
 */
@Injectable({ providedIn: 'root' })
export class AccountLanguage {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);

  remember(language: Language): void {
    if (!this.session.isSignedIn()) return;
    const body: LanguageChange = { language };
    // A preference: if it is not saved (session just ended, network), the next switch saves it;
    // the interface has already changed either way.
    this.http
      .put<void>(apiUrl(ApiRoutes.profileLanguage), body)
      .subscribe({ error: () => undefined });
  }
}
