import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { Observable } from 'rxjs';
import { TranslatePipe } from '../../core/i18n';
import { FormSubmission } from '../../shared/forms/form-submission';
import { type Message, ProblemBox } from '../../shared/problem-box/problem-box';

/**
 * « Supprimer » on a record page, in two steps: the button asks the question in place, and only
 * « Confirmer la suppression » sends the request. « Annuler » takes the focus first, so that
 * Enter pressed by habit deletes nothing. A refusal (409 `CRM_ERP_LINKED`, 404…) is said under it.
 */
@Component({
  selector: 'app-confirmed-delete',
  imports: [MatButton, TranslatePipe, ProblemBox],
  // Beside the entry's other buttons; the question takes the whole line.
  host: { '[class.asking]': 'asking() || submission.problem()' },
  template: `
    @if (asking()) {
      <div
        class="question"
        role="group"
        [attr.aria-label]="question().key | translate: question().params"
      >
        <p>{{ question().key | translate: question().params }}</p>
        <button
          #cancel
          mat-button
          type="button"
          (click)="asking.set(false)"
          data-testid="crm-delete-cancel"
        >
          {{ 'crm.delete.cancel' | translate }}
        </button>
        <button
          mat-flat-button
          class="danger"
          type="button"
          [disabled]="submission.pending()"
          (click)="confirm()"
          data-testid="crm-delete-confirm"
        >
          {{ 'crm.delete.confirm' | translate }}
        </button>
      </div>
    } @else {
      <button
        mat-button
        type="button"
        [attr.aria-label]="label().key | translate: label().params"
        (click)="ask()"
        [attr.data-testid]="testId()"
      >
        {{ 'crm.delete' | translate }}
      </button>
    }
    <app-problem-box [message]="submission.problem()" testId="crm-delete-problem" />
  `,
  styles: `
    :host {
      display: inline-block;
    }

    :host(.asking) {
      display: block;
    }

    .question {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;

      p {
        flex-basis: 100%;
        margin: 0;
        font-weight: 500;
      }
    }

    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmedDelete {
  /** What the button deletes, for screen readers (« Supprimer le téléphone 04 72 … »). */
  readonly label = input.required<Message>();
  /** The question asked before deleting (« Supprimer ce téléphone ? »). */
  readonly question = input.required<Message>();
  /** The request that deletes, sent once confirmed. */
  readonly request = input.required<() => Observable<void>>();
  readonly testId = input('crm-delete');
  readonly deleted = output<void>();

  private readonly injector = inject(Injector);
  private readonly cancel = viewChild('cancel', { read: ElementRef<HTMLButtonElement> });
  protected readonly asking = signal(false);
  protected readonly submission = new FormSubmission();

  protected ask(): void {
    this.submission.problem.set(null);
    this.asking.set(true);
    afterNextRender(
      { write: () => this.cancel()?.nativeElement.focus() },
      { injector: this.injector },
    );
  }

  protected confirm(): void {
    this.submission.send(this.request()(), {
      accepted: () => {
        this.asking.set(false);
        this.deleted.emit();
      },
      refused: () => this.asking.set(false),
    });
  }
}
