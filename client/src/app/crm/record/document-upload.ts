import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { CrmDocument, CrmOwnerKind } from '@guichet/contracts';
import { TranslatePipe } from '../../core/i18n';
import { FormSubmission } from '../../shared/forms/form-submission';
import { ProblemBox } from '../../shared/problem-box/problem-box';
import { CrmApi } from '../crm-api';

/**
 * « Ajouter un document » under the documents of a record: the button opens the browser's file
 * picker, the chosen file is sent at once (encrypted by the server, scanned when an antivirus is
 * configured); a refusal (too large, infected, antivirus unavailable) is said here.
 */
@Component({
  selector: 'app-document-upload',
  imports: [MatButton, TranslatePipe, ProblemBox],
  template: `
    <input
      #picker
      type="file"
      class="picker"
      tabindex="-1"
      aria-hidden="true"
      (change)="send()"
      data-testid="crm-document-file"
    />
    <button
      mat-button
      type="button"
      [disabled]="submission.pending()"
      (click)="picker.click()"
      data-testid="crm-add-documents"
    >
      {{ 'crm.document.add' | translate }}
    </button>
    <p role="status" data-testid="crm-document-status">
      @if (sending(); as name) {
        {{ 'crm.document.sending' | translate: { name } }}
      }
    </p>
    <app-problem-box [message]="submission.problem()" testId="crm-document-problem" />
  `,
  styles: `
    .picker {
      display: none;
    }

    p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocumentUpload {
  readonly kind = input.required<CrmOwnerKind>();
  readonly recordId = input.required<string>();
  /** The document as the server stored it. */
  readonly uploaded = output<CrmDocument>();

  private readonly api = inject(CrmApi);
  private readonly picker = viewChild.required<ElementRef<HTMLInputElement>>('picker');
  /** The name of the file under way. */
  protected readonly sending = signal<string | null>(null);
  protected readonly submission = new FormSubmission();

  protected send(): void {
    const file = this.picker().nativeElement.files?.[0];
    if (!file) return;
    this.sending.set(file.name);
    this.submission.send(this.api.uploadDocument(this.kind(), this.recordId(), file), {
      accepted: (document) => {
        this.done();
        this.uploaded.emit(document);
      },
      refused: () => this.done(),
    });
  }

  /** Ready for the next file, the same one included. */
  private done(): void {
    this.sending.set(null);
    this.picker().nativeElement.value = '';
  }
}
