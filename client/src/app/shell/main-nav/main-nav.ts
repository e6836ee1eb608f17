import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { Role } from '@guichet/contracts';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import { SessionStore } from '../../core/session/session-store';

/** One entry of the menu. */
interface NavLink {
  readonly id: string;
  readonly path: string;
  readonly label: TranslationKey;
  /** Who sees it besides everyone: staff and admins, or admins only (the server checks anyway). */
  readonly for?: 'staff' | 'admin';
}

const LINKS: readonly NavLink[] = [
  { id: 'home', path: '/home', label: 'shell.nav.home' },
  { id: 'parcels-received', path: '/parcels/received', label: 'parcels.nav.received' },
  { id: 'parcels-sent', path: '/parcels/sent', label: 'parcels.nav.sent' },
  { id: 'parcels-new', path: '/parcels/new', label: 'parcels.nav.new' },
  { id: 'messages', path: '/messages', label: 'messages.nav.sent', for: 'staff' },
  { id: 'crm', path: '/crm', label: 'crm.nav.link', for: 'staff' },
  { id: 'profile', path: '/profile', label: 'shell.userMenu.profile' },
  { id: 'admin', path: '/admin', label: 'shell.userMenu.admin', for: 'admin' },
];

/**
 * The menu on the left of a signed-in user's pages (seed 001: « Dossiers sécurisés », « Mon
 * profil »), once their pending steps are done: before that, the pages would send them back.
 * Above the page on narrow screens.
 */
@Component({
  selector: 'app-main-nav',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  template: `
    @if (shown()) {
      <nav class="main-nav" [attr.aria-label]="'shell.nav.label' | translate">
        <ul>
          @for (link of links(); track link.id) {
            <li>
              <a
                [routerLink]="link.path"
                routerLinkActive="main-nav-active"
                ariaCurrentWhenActive="page"
                [attr.data-testid]="'main-nav-' + link.id"
                >{{ link.label | translate }}</a
              >
            </li>
          }
        </ul>
      </nav>
    }
  `,
  styles: `
    :host {
      display: block;
    }

    .main-nav ul {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    a {
      display: block;
      padding: 0.625rem 1rem;
      border-left: 4px solid transparent;
      border-radius: 0 999px 999px 0;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      text-decoration: none;

      &:hover {
        background: var(--mat-sys-surface-container-high);
      }
    }

    // The current page is marked by more than colour: a bar on its left (WCAG 1.4.1).
    .main-nav-active {
      border-left-color: var(--mat-sys-primary);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }

    @media (max-width: 48rem) {
      .main-nav ul {
        flex-direction: row;
        flex-wrap: wrap;
      }

      a {
        border-left: 0;
        border-bottom: 3px solid transparent;
        border-radius: 0;
      }

      .main-nav-active {
        border-bottom-color: var(--mat-sys-primary);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MainNav {
  private readonly session = inject(SessionStore).session;
  protected readonly links = computed(() => {
    const role = this.session()?.account.role;
    const seen = {
      staff: role === Role.Staff || role === Role.Admin,
      admin: role === Role.Admin,
    };
    return LINKS.filter((link) => !link.for || seen[link.for]);
  });
  protected readonly shown = computed(() => this.session()?.nextStep === 'home');
}
