import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { TranslatePipe } from './core/i18n';
import { AppFooter } from './shell/app-footer/app-footer';
import { AppHeader } from './shell/app-header/app-header';
import { IdleWarning } from './shell/idle-warning/idle-warning';
import { MainNav } from './shell/main-nav/main-nav';
import { PasswordWarning } from './shell/password-warning/password-warning';

/**
 * The application shell: header, the signed-in menu beside the routed page in `<main>` (under the
 * password warning of a workspace in `warn` mode), footer, idle-timeout warning.
 */
@Component({
  selector: 'app-root',
  imports: [
    RouterOutlet,
    AppHeader,
    AppFooter,
    IdleWarning,
    MainNav,
    PasswordWarning,
    TranslatePipe,
  ],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
