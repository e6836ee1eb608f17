import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import qrcode from 'qrcode-generator';

/** Blank modules around the code: the "quiet zone" readers need (4 in the standard). */
const QUIET_ZONE = 4;

/**
 * A QR code drawn here, in the browser, as one SVG path: the secret in an otpauth URL never goes
 * to a third-party image service. Error correction M, version chosen by the data's length.
 */
@Component({
  selector: 'app-qr-code',
  template: `
    <svg
      role="img"
      [attr.aria-label]="label()"
      [attr.viewBox]="viewBox()"
      shape-rendering="crispEdges"
      width="200"
      height="200"
      data-testid="qr-code"
    >
      <rect [attr.width]="size()" [attr.height]="size()" fill="#fff" />
      <path [attr.d]="path()" fill="#000" />
    </svg>
  `,
  styles: `
    :host {
      display: inline-block;
      line-height: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QrCode {
  /** What the code holds. */
  readonly text = input.required<string>();
  /** What a screen reader says instead of the picture. */
  readonly label = input.required<string>();

  private readonly code = computed(() => {
    const code = qrcode(0, 'M');
    code.addData(this.text(), 'Byte');
    code.make();
    return code;
  });
  protected readonly size = computed(() => this.code().getModuleCount() + 2 * QUIET_ZONE);
  protected readonly viewBox = computed(() => `0 0 ${this.size()} ${this.size()}`);
  /** One unit square per dark module. */
  protected readonly path = computed(() => {
    const code = this.code();
    const count = code.getModuleCount();
    const squares: string[] = [];
    for (let row = 0; row < count; row++) {
      for (let col = 0; col < count; col++) {
        if (code.isDark(row, col)) squares.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
      }
    }
    return squares.join('');
  });
}
