import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { Role } from '@guichet/contracts';
import { TranslatePipe } from '../../core/i18n';
import { fullName } from '../../core/session/person-name';
import { SessionNavigation } from '../../core/session/session-navigation';
import { SessionStore } from '../../core/session/session-store';

/**
 * Top right (seed 003): "Sign in" for a visitor; for a signed-in user, their name and firm, and a
 * menu with home, the administration for admins, and signing out (AUTH-7).
 */
@Component({
  selector: 'app-user-menu',
  imports: [MatAnchor, MatButton, MatMenu, MatMenuItem, MatMenuTrigger, RouterLink, TranslatePipe],
  templateUrl: './user-menu.html',
  styleUrl: './user-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserMenu {
  private readonly navigation = inject(SessionNavigation);
  protected readonly session = inject(SessionStore).session;
  protected readonly name = computed(() => {
    const session = this.session();
    return session ? fullName(session.account) : '';
  });
  /** Only once the pending steps are done: until then the other pages would send them back. */
  protected readonly atHome = computed(() => this.session()?.nextStep === 'home');
  protected readonly isAdmin = computed(
    () => this.atHome() && this.session()?.account.role === Role.Admin,
  );

  protected signOut(): void {
    void this.navigation.signOut();
  }
}
