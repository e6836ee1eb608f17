import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '../../core/i18n';

/**
 * Where files are added: dropped on the zone, or chosen with the button (the keyboard and screen
 * reader way; the zone itself is only a convenience for the mouse).
 */
@Component({
  selector: 'app-file-drop-zone',
  imports: [MatButton, TranslatePipe],
  template: `
    <div
      class="zone"
      [class.zone-over]="over()"
      (dragenter)="enter($event)"
      (dragover)="enter($event)"
      (dragleave)="over.set(false)"
      (drop)="drop($event)"
      data-testid="send-drop-zone"
    >
      <p class="zone-text" aria-hidden="true">{{ 'parcels.send.files.drop' | translate }}</p>
      <button
        mat-stroked-button
        type="button"
        [disabled]="disabled()"
        [attr.aria-describedby]="hintId()"
        (click)="picker.click()"
        data-testid="send-file-choose"
      >
        {{ 'parcels.send.files.choose' | translate }}
      </button>
      <input
        #picker
        class="file-input"
        type="file"
        multiple
        tabindex="-1"
        aria-hidden="true"
        [disabled]="disabled()"
        (change)="picked(picker)"
        data-testid="send-file-input"
      />
    </div>
  `,
  styles: `
    .zone {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 0.75rem;
      padding: 1.5rem 1rem;
      border: 2px dashed var(--mat-sys-outline);
      border-radius: 12px;
      text-align: center;
    }

    .zone-over {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
    }

    // Out of sight and out of the tab order: the button opens it.
    .file-input {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    .zone-text {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FileDropZone {
  protected readonly over = signal(false);

  readonly disabled = input(false);
  /** The id of the text stating the limits, read out with the button. */
  readonly hintId = input<string | null>(null);
  readonly files = output<File[]>();

  protected enter(event: DragEvent): void {
    if (this.disabled() || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.over.set(true);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.over.set(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (!this.disabled() && files.length > 0) this.files.emit(files);
  }

  protected picked(picker: HTMLInputElement): void {
    const files = [...(picker.files ?? [])];
    // Cleared so that choosing the same file again (after removing it) fires `change` again.
    picker.value = '';
    if (files.length > 0) this.files.emit(files);
  }
}
