import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { TranslatePipe } from '../../core/i18n';
import { type ErasureSubjectRef, GdprApi } from './gdpr-api';

/**
 * "Exporter les données" (GDPR-4): downloads everything about the subject as one zip (JSON by
 * category and the documents). Admins only; place it on any record page with `[subject]`.
 */
@Component({
  selector: 'app-export-data',
  imports: [MatAnchor, TranslatePipe],
  template: `
    <a mat-stroked-button [href]="url()" download data-testid="export-data">
      {{ 'gdpr.export.button' | translate }}
    </a>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExportData {
  readonly subject = input.required<ErasureSubjectRef>();
  private readonly api = inject(GdprApi);
  protected readonly url = computed(() => this.api.exportUrl(this.subject()));
}
