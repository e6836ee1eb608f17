import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  effect,
  inject,
  untracked,
} from '@angular/core';
import type { MatDialogRef } from '@angular/material/dialog';
import { IdleWatch } from '../../core/session/idle-watch';

/**
 * Shows the idle-timeout warning (AUTH-6) while `IdleWatch` counts down, and closes it once the
 * session was kept alive or ended. The dialog and its Material code are loaded the first time they
 * are needed, so that visitors who never wait twenty minutes do not download them.
 */
@Component({
  selector: 'app-idle-warning',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IdleWarning {
  private readonly injector = inject(Injector);
  private dialog?: MatDialogRef<unknown>;
  /** Bumped at each change, so that a dialog loaded too late is not opened after all. */
  private generation = 0;

  constructor() {
    const watch = inject(IdleWatch);
    watch.start();
    effect(() => {
      const warning = watch.secondsLeft() !== null;
      untracked(() => {
        if (warning) void this.open();
        else this.close();
      });
    });
    inject(DestroyRef).onDestroy(() => {
      this.close();
    });
  }

  private async open(): Promise<void> {
    if (this.dialog) return;
    const generation = ++this.generation;
    const [{ MatDialog }, { IdleWarningDialog }] = await Promise.all([
      import('@angular/material/dialog'),
      import('./idle-warning-dialog'),
    ]);
    if (generation !== this.generation || this.dialog) return;
    this.dialog = this.injector.get(MatDialog).open(IdleWarningDialog, {
      role: 'alertdialog',
      ariaLabelledBy: 'idle-warning-title',
      ariaDescribedBy: 'idle-warning-message',
      disableClose: true,
      width: '32rem',
      maxWidth: 'calc(100vw - 2rem)',
    });
  }

  private close(): void {
    this.generation++;
    this.dialog?.close();
    this.dialog = undefined;
  }
}
