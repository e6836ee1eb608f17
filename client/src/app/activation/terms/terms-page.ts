import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';

interface TermsSection {
  readonly title: TranslationKey;
  readonly body: TranslationKey;
}

const SECTIONS: readonly TermsSection[] = [
  { title: 'terms.purpose.title', body: 'terms.purpose.body' },
  { title: 'terms.access.title', body: 'terms.access.body' },
  { title: 'terms.documents.title', body: 'terms.documents.body' },
  { title: 'terms.personalData.title', body: 'terms.personalData.body' },
  { title: 'terms.duties.title', body: 'terms.duties.body' },
  { title: 'terms.changes.title', body: 'terms.changes.body' },
];

/** `/terms`: the terms of use an invited person accepts before setting a password (seed 001). */
@Component({
  selector: 'app-terms-page',
  imports: [TranslatePipe],
  template: `
    <article class="terms" aria-labelledby="terms-heading" data-testid="terms-page">
      <h1 id="terms-heading">{{ 'terms.heading' | translate }}</h1>
      <p class="terms-version">{{ 'terms.version' | translate }}</p>
      <p>{{ 'terms.intro' | translate }}</p>
      @for (section of sections; track section.title; let index = $index) {
        <h2>{{ index + 1 }}. {{ section.title | translate }}</h2>
        <p>{{ section.body | translate }}</p>
      }
    </article>
  `,
  styles: `
    :host {
      display: block;
      width: 100%;
      max-width: 48rem;
    }

    h1 {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-headline-medium);
    }

    h2 {
      margin: 1.5rem 0 0.5rem;
      font: var(--mat-sys-title-medium);
    }

    .terms-version {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TermsPage {
  protected readonly sections = SECTIONS;
}
