import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe, type TranslationKey } from '../core/i18n';

/**
 * Frame of the CRM (« Relation client »): its title, the sections in a row above the page (wide
 * tables keep the full width), and the section's page.
 */
@Component({
  selector: 'app-crm-shell',
  imports: [MatAnchor, RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  template: `
    <div class="crm" data-testid="crm-shell">
      <h1 class="crm-heading">{{ 'crm.heading' | translate }}</h1>
      <nav class="crm-nav" [attr.aria-label]="'crm.nav.label' | translate">
        <ul>
          @for (section of sections; track section.path) {
            <li>
              <a
                mat-button
                [routerLink]="section.path"
                routerLinkActive="crm-nav-active"
                ariaCurrentWhenActive="page"
                [attr.data-testid]="'crm-nav-' + section.path"
                >{{ section.label | translate }}</a
              >
            </li>
          }
        </ul>
      </nav>
      <router-outlet />
    </div>
  `,
  styles: `
    // The width of the page, not of its widest table: on a phone the table scrolls, not the page.
    :host {
      display: block;
      width: 100%;
      max-width: 90rem;
    }

    .crm-heading {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-headline-medium);
    }

    .crm-nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      margin: 0 0 1.5rem;
      padding: 0 0 0.5rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      list-style: none;
    }

    // The current section is marked by more than colour: it is underlined too (WCAG 1.4.1).
    .crm-nav-active {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      text-decoration: underline;
      text-underline-offset: 0.3em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CrmShell {
  protected readonly sections: readonly { path: string; label: TranslationKey }[] = [
    { path: 'companies', label: 'crm.nav.companies' },
    { path: 'contacts', label: 'crm.nav.contacts' },
    { path: 'leads', label: 'crm.nav.leads' },
    { path: 'third-parties', label: 'crm.nav.thirdParties' },
    { path: 'target-groups', label: 'crm.nav.targetGroups' },
  ];
}
