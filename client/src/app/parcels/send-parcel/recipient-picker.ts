import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  model,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  MatAutocomplete,
  type MatAutocompleteSelectedEvent,
  MatAutocompleteTrigger,
  MatOption,
} from '@angular/material/autocomplete';
import { MatChipGrid, MatChipInput, MatChipRemove, MatChipRow } from '@angular/material/chips';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import type { PersonRef, ParcelRecipientOption } from '@guichet/contracts';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap } from 'rxjs';
import { TranslatePipe } from '../../core/i18n';
import { ParcelsApi } from '../parcels-api';

/** Typing pauses this long before the clients are searched. */
export const RECIPIENT_SEARCH_DEBOUNCE_MS = 250;

/**
 * Staff: the clients a parcel goes to, as chips, found by name or access code as one types
 * (`GET /api/parcels/recipients`). Arrow keys move through the suggestions, Enter picks one,
 * Backspace in the empty field reaches the chips, whose remove buttons are named.
 */
@Component({
  selector: 'app-recipient-picker',
  imports: [
    ReactiveFormsModule,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatOption,
    MatChipGrid,
    MatChipInput,
    MatChipRemove,
    MatChipRow,
    MatFormField,
    MatLabel,
    MatHint,
    TranslatePipe,
  ],
  template: `
    <mat-form-field class="recipients">
      <mat-label>{{ 'parcels.send.recipients.label' | translate }}</mat-label>
      <mat-chip-grid
        #grid
        [attr.aria-label]="'parcels.send.recipients.chosen' | translate"
        [attr.aria-invalid]="showError()"
      >
        @for (person of selected(); track person.id) {
          <mat-chip-row (removed)="remove(person)" data-testid="send-recipient-chip">
            {{ person.name }}
            <button
              matChipRemove
              type="button"
              [attr.aria-label]="
                'parcels.send.recipients.remove' | translate: { name: person.name }
              "
            >
              <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="18" height="18">
                <path
                  fill="currentColor"
                  d="M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6z"
                />
              </svg>
            </button>
          </mat-chip-row>
        }
        <input
          [formControl]="search"
          [matChipInputFor]="grid"
          [matAutocomplete]="auto"
          autocomplete="off"
          spellcheck="false"
          (blur)="touched.set(true)"
          data-testid="send-recipient-search"
        />
      </mat-chip-grid>
      <mat-autocomplete #auto="matAutocomplete" (optionSelected)="pick($event)">
        @for (option of suggestions(); track option.id) {
          <mat-option [value]="option" data-testid="send-recipient-option">
            {{ option.name }} · {{ option.accessCode }}
            @if (option.withoutEmail) {
              <span class="without-email" data-testid="send-recipient-without-email">
                · {{ 'parcels.send.recipients.withoutEmail' | translate }}
              </span>
            }
          </mat-option>
        }
        @if (noMatch()) {
          <mat-option disabled>{{ 'parcels.send.recipients.none' | translate }}</mat-option>
        }
      </mat-autocomplete>
      <mat-hint>{{ 'parcels.send.recipients.hint' | translate }}</mat-hint>
    </mat-form-field>
    @if (showError()) {
      <p class="field-error" role="alert" data-testid="send-recipients-error">
        {{ 'parcels.send.recipients.required' | translate }}
      </p>
    }
  `,
  styles: `
    :host {
      display: block;
    }

    .recipients {
      width: 100%;
    }

    .without-email {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }

    .field-error {
      margin: -0.5rem 0 1rem 1rem;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecipientPicker {
  private readonly api = inject(ParcelsApi);

  /** The clients chosen so far. */
  readonly selected = model<readonly PersonRef[]>([]);
  /** Show "choose at least one" even before the field was left (the form was submitted). */
  readonly submitted = input(false);

  protected readonly search = new FormControl<string | ParcelRecipientOption>('', {
    nonNullable: true,
  });
  protected readonly suggestions = signal<readonly ParcelRecipientOption[]>([]);
  protected readonly noMatch = signal(false);
  protected readonly touched = signal(false);

  protected readonly showError = computed(
    () => (this.touched() || this.submitted()) && this.selected().length === 0,
  );

  constructor() {
    this.search.valueChanges
      .pipe(
        filter((value): value is string => typeof value === 'string'),
        map((value) => value.trim()),
        debounceTime(RECIPIENT_SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        switchMap((term) =>
          this.api.recipients(term).pipe(catchError(() => of<ParcelRecipientOption[]>([]))),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((options) => {
        const chosen = new Set(this.selected().map((person) => person.id));
        const left = options.filter((option) => !chosen.has(option.id));
        this.suggestions.set(left);
        this.noMatch.set(left.length === 0);
      });
  }

  protected pick(event: MatAutocompleteSelectedEvent): void {
    const option = event.option.value as ParcelRecipientOption | undefined;
    if (option && !this.selected().some((person) => person.id === option.id)) {
      this.selected.update((people) => [...people, { id: option.id, name: option.name }]);
    }
    this.search.setValue('');
    this.suggestions.update((options) => options.filter((o) => o.id !== option?.id));
  }

  protected remove(person: PersonRef): void {
    this.selected.update((people) => people.filter((p) => p.id !== person.id));
    this.touched.set(true);
  }
}
