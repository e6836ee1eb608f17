import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
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
  protected readonly sections: readonly { path: string; label: TranslationKey }[] = [
    { path: 'accounts', label: 'admin.nav.accounts' },
    { path: 'audit', label: 'admin.nav.audit' },
    { path: 'outbox', label: 'admin.nav.outbox' },
  ];
}
