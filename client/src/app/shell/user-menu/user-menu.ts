import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../core/i18n';

/** Account menu; until sessions exist it only leads to the sign-in page. */
@Component({
  selector: 'app-user-menu',
  imports: [MatButton, MatMenu, MatMenuItem, MatMenuTrigger, RouterLink, TranslatePipe],
  templateUrl: './user-menu.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserMenu {}
