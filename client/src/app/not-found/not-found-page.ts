import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../core/i18n';

/** Shown for any address no route matches. */
@Component({
  selector: 'app-not-found-page',
  imports: [MatAnchor, RouterLink, TranslatePipe],
  templateUrl: './not-found-page.html',
  styleUrl: './not-found-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
