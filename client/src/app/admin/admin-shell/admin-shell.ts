import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import {
  type IsActiveMatchOptions,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';

/**
 * Frame of the admin area: its title, the sections, and the section's page. The sections sit in
 * a row above the page rather than in a side column, so that wide tables keep the full width.
 */
@Component({
  selector: 'app-admin-shell',
  imports: [MatAnchor, RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  templateUrl: './admin-shell.html',
  styleUrl: './admin-shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminShell {
  /** "Comptes" must not look current on "Nouveau compte" (`accounts/new`); filters do not count. */
  protected readonly activeWhen: IsActiveMatchOptions = {
    paths: 'exact',
    queryParams: 'ignored',
    matrixParams: 'ignored',
    fragment: 'ignored',
  };

  protected readonly sections: readonly { id: string; path: string; label: TranslationKey }[] = [
    { id: 'accounts', path: 'accounts', label: 'admin.nav.accounts' },
    { id: 'new-account', path: 'accounts/new', label: 'admin.nav.newAccount' },
    { id: 'account-managers', path: 'account-managers', label: 'admin.nav.accountManagers' },
    { id: 'parcels', path: 'parcels', label: 'admin.nav.parcelsOverview' },
    { id: 'parcel-settings', path: 'parcel-settings', label: 'admin.nav.parcelSettings' },
    { id: 'identity-reviews', path: 'identity-reviews', label: 'admin.nav.identityReviews' },
    { id: 'audit', path: 'audit', label: 'admin.nav.audit' },
    { id: 'outbox', path: 'outbox', label: 'admin.nav.outbox' },
    { id: 'password-policy', path: 'password-policy', label: 'admin.nav.passwordPolicy' },
    {
      id: 'password-compliance',
      path: 'password-compliance',
      label: 'admin.nav.passwordCompliance',
    },
    { id: 'api-keys', path: 'api-keys', label: 'admin.nav.apiKeys' },
    { id: 'retention', path: 'retention', label: 'admin.nav.retention' },
  ];
}
