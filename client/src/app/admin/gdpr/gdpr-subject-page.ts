import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ERASURE_SUBJECT_KINDS, type ErasureSubjectKind } from '@guichet/contracts';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import { EraseData } from './erase-data';
import { ExportData } from './export-data';

const KIND_KEYS: Readonly<Record<ErasureSubjectKind, TranslationKey>> = {
  client: 'gdpr.kind.client',
  company: 'gdpr.kind.company',
  contact: 'gdpr.kind.contact',
  lead: 'gdpr.kind.lead',
};

/**
 * `/admin/gdpr/:kind/:id`: the GDPR actions on one client (from the accounts list) or CRM record —
 * export everything (GDPR-4), erase everything (GDPR-2).
 */
@Component({
  selector: 'app-gdpr-subject-page',
  imports: [EraseData, ExportData, MatAnchor, RouterLink, TranslatePipe],
  template: `
    <h2>{{ 'admin.gdpr.heading' | translate }}</h2>
    @if (subject(); as subject) {
      <p>{{ kindKey() | translate }}</p>
      @if (!erased()) {
        <h3>{{ 'gdpr.export.heading' | translate }}</h3>
        <p>{{ 'gdpr.export.intro' | translate }}</p>
        <app-export-data [subject]="subject" />
        <h3>{{ 'gdpr.erase.heading' | translate }}</h3>
      }
      <app-erase-data [subject]="subject" (erased)="erased.set(true)" />
      @if (erased() && subject.kind === 'client') {
        <a mat-button routerLink="/admin/accounts" data-testid="gdpr-back">{{
          'admin.gdpr.back' | translate
        }}</a>
      }
    } @else {
      <p role="alert">{{ 'errors.GDPR_SUBJECT_NOT_FOUND' | translate }}</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GdprSubjectPage {
  private readonly params = toSignal(inject(ActivatedRoute).paramMap, { requireSync: true });
  protected readonly erased = signal(false);

  protected readonly subject = computed(() => {
    const kind = this.params().get('kind') as ErasureSubjectKind;
    const id = this.params().get('id');
    return ERASURE_SUBJECT_KINDS.includes(kind) && id ? { kind, id } : null;
  });
  protected readonly kindKey = computed(() => KIND_KEYS[this.subject()?.kind ?? 'client']);
}
