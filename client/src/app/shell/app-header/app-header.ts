import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatToolbar } from '@angular/material/toolbar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../core/i18n';
import { LanguageSwitch } from '../language-switch/language-switch';
import { UserMenu } from '../user-menu/user-menu';

/** Top bar: product name (link home), language switch, user menu. */
@Component({
  selector: 'app-header',
  imports: [MatToolbar, RouterLink, TranslatePipe, LanguageSwitch, UserMenu],
  templateUrl: './app-header.html',
  styleUrl: './app-header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppHeader {}
