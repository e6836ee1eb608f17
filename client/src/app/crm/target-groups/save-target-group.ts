import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { CrmCriteria, CrmTargetEntity } from '@guichet/contracts';
import { errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe } from '../../core/i18n';
import type { Message } from '../../shared/problem-box/problem-box';
import { CrmApi } from '../crm-api';

/**
 * "Enregistrer comme groupe": keeps a list screen's criteria as a target group (« groupe, liste
 * cible », seed 002) under a name; its members are worked out on the server at each use.
 */
@Component({
  selector: 'app-save-target-group',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    TranslatePipe,
  ],
  template: `
    @if (open()) {
      <form class="save-group" [formGroup]="form" (ngSubmit)="create()">
        <mat-form-field>
          <mat-label>{{ 'crm.targetGroup.name.label' | translate }}</mat-label>
          <input
            matInput
            formControlName="name"
            maxlength="100"
            autocomplete="off"
            data-testid="crm-group-name"
          />
          @if (form.controls.name.hasError('required')) {
            <mat-error>{{ 'form.error.required' | translate }}</mat-error>
          }
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="crm-group-create">
          {{ 'crm.targetGroup.create' | translate }}
        </button>
        <button mat-button type="button" (click)="close()">
          {{ 'crm.targetGroup.cancel' | translate }}
        </button>
      </form>
    } @else {
      <button
        mat-stroked-button
        type="button"
        (click)="open.set(true)"
        data-testid="crm-group-save"
      >
        {{ 'crm.targetGroup.save' | translate }}
      </button>
    }
    <p role="status" class="save-group-outcome" data-testid="crm-group-outcome">
      @if (outcome(); as outcome) {
        {{ outcome.key | translate: outcome.params }}
      }
    </p>
  `,
  styles: `
    .save-group {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 0.5rem;
    }

    .save-group button {
      margin-top: 0.5rem;
    }

    .save-group-outcome {
      margin: 0.25rem 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaveTargetGroup {
  readonly entity = input.required<CrmTargetEntity>();
  readonly criteria = input.required<CrmCriteria>();

  private readonly api = inject(CrmApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(100)]],
  });
  protected readonly open = signal(false);
  protected readonly saving = signal(false);
  protected readonly outcome = signal<Message | null>(null);

  protected close(): void {
    this.open.set(false);
    this.form.reset();
  }

  protected create(): void {
    const name = this.form.getRawValue().name.trim();
    if (!name) {
      this.form.controls.name.setErrors({ required: true });
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.outcome.set(null);
    this.api
      .createTargetGroup({ name, entity: this.entity(), criteria: this.criteria() })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (group) => {
          this.saving.set(false);
          this.close();
          this.outcome.set({ key: 'crm.targetGroup.created', params: { name: group.name } });
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.outcome.set({ key: errorMessageKey(error) });
        },
      });
  }
}
