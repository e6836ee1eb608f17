import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { Role } from '@guichet/contracts';
import { TranslatePipe, Translator } from '../core/i18n';
import { formalName } from '../core/session/person-name';
import { SessionStore } from '../core/session/session-store';

/** `/home`: whom the session belongs to, at which firm, and where they may go (parcels first). */
@Component({
  selector: 'app-home-page',
  imports: [MatAnchor, RouterLink, TranslatePipe],
  // Inline: Prettier formats inline templates with its Angular parser, which knows `@if`.
  template: `
    @if (session(); as session) {
      <section class="home" aria-labelledby="home-heading" data-testid="home-page">
        <h1 id="home-heading" data-testid="home-welcome">
          {{ 'home.welcome' | translate: { name: name() } }}
        </h1>
        <p class="home-firm" data-testid="home-firm">
          {{ 'home.firm' | translate: { firm: session.workspace.name } }}
        </p>
        <p class="home-code">
          {{ 'home.accessCode' | translate: { code: session.account.accessCode } }}
        </p>
        <h2>{{ 'home.shortcuts' | translate }}</h2>
        <ul class="home-links">
          <li>
            <a
              mat-stroked-button
              routerLink="/parcels/received"
              data-testid="home-parcels-received"
              >{{ 'parcels.nav.received' | translate }}</a
            >
            <p>{{ 'home.parcels.received' | translate }}</p>
          </li>
          <li>
            <a mat-stroked-button routerLink="/parcels/sent" data-testid="home-parcels-sent">{{
              'parcels.nav.sent' | translate
            }}</a>
            <p>{{ 'home.parcels.sent' | translate }}</p>
          </li>
          <li>
            <a mat-stroked-button routerLink="/parcels/new" data-testid="home-parcels-new">{{
              'parcels.nav.new' | translate
            }}</a>
            <p>{{ 'home.parcels.new' | translate }}</p>
          </li>
          @if (isAdmin()) {
            <li>
              <a mat-stroked-button routerLink="/admin" data-testid="home-admin">{{
                'home.admin.link' | translate
              }}</a>
              <p>{{ 'home.admin.description' | translate }}</p>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styleUrl: './home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly translator = inject(Translator);
  protected readonly session = inject(SessionStore).session;
  protected readonly isAdmin = computed(() => this.session()?.account.role === Role.Admin);
  protected readonly name = computed(() => {
    const session = this.session();
    return session ? formalName(session.account, this.translator) : '';
  });
}
