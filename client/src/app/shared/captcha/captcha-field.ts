import 'altcha';
import {
  CUSTOM_ELEMENTS_SCHEMA,
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  computed,
  effect,
  inject,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { ApiRoutes } from '@guichet/contracts';
import type { AltchaWidgetElement } from 'altcha';
import { apiUrl } from '../../core/http/api-url';
import { TranslatePipe, type TranslationKey, Translator } from '../../core/i18n';
import { registerWidgetWording } from './widget-wording';

/** The widget's states (its `State` enum), as its `statechange` event reports them. */
type WidgetState = 'unverified' | 'verifying' | 'verified' | 'expired' | 'error' | 'code';

interface StateChangeDetail {
  state?: WidgetState;
  payload?: string | null;
}

const STATUS: Readonly<Partial<Record<WidgetState, TranslationKey>>> = {
  verifying: 'captcha.status.verifying',
  verified: 'captcha.status.verified',
  error: 'captcha.status.failed',
};

let nextId = 0;

/**
 * The proof-of-work CAPTCHA of every pre-authentication form (AUTH-3): the self-hosted ALTCHA v3
 * widget, which fetches a challenge from the server and solves it in the background as soon as
 * it shows (`auto="onload"`), so nobody has to tick a box. `payload` holds the answer to send
 * with the form; an answer is accepted once, so call `reset()` after each refused submission.
 *
 * The widget speaks the interface language with our own wording, and a polite live region (for
 * screen readers only) says what it is doing, since its own label changes silently.
 */
@Component({
  selector: 'app-captcha-field',
  imports: [TranslatePipe],
  // The widget is a custom element: this schema lets Angular leave `<altcha-widget>` alone here,
  // and only here.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <div class="captcha" role="group" [attr.aria-labelledby]="labelId" data-testid="captcha">
      <p class="captcha-label" [id]="labelId">{{ 'captcha.label' | translate }}</p>
      <altcha-widget
        #widget
        auto="onload"
        name="altcha"
        [attr.challenge]="challengeUrl"
        [attr.language]="translator.language()"
        [attr.configuration]="configuration"
        (statechange)="onStateChange($event)"
        data-testid="captcha-widget"
      ></altcha-widget>
      <p class="captcha-hint">{{ 'captcha.hint' | translate }}</p>
      <p class="captcha-status" role="status" data-testid="captcha-status">
        @if (statusKey(); as key) {
          {{ key | translate }}
        }
      </p>
    </div>
  `,
  styleUrl: './captcha-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaptchaField {
  protected readonly translator = inject(Translator);
  protected readonly labelId = `captcha-label-${nextId++}`;
  protected readonly challengeUrl = apiUrl(ApiRoutes.captchaChallenge);
  // Our page says what ALTCHA is; its logo and footer link would only add a third-party link.
  protected readonly configuration = JSON.stringify({ hideLogo: true, hideFooter: true });

  private readonly widget = viewChild.required<ElementRef<AltchaWidgetElement>>('widget');
  private readonly state = signal<WidgetState>('unverified');
  private readonly answer = signal<string | null>(null);

  /** The solved challenge to send with the form (base64), null until solved. */
  readonly payload = this.answer.asReadonly();
  /** Emits the payload when solved, and null when it is no longer usable. */
  readonly payloadChange = output<string | null>();

  protected readonly statusKey = computed(() => STATUS[this.state()] ?? null);

  constructor() {
    // A component's effect runs before its view is checked, so the widget has the wording of a
    // language (downloaded only when switched to) before its `language` attribute names it.
    effect(() => {
      const language = this.translator.language();
      registerWidgetWording(language, (key) => this.translator.t(key));
    });
  }

  /**
   * Drops the current answer and solves a new challenge: after every refused submission, since
   * the server accepts an answer only once (CAPTCHA_REPLAYED).
   */
  reset(): void {
    this.setAnswer(null);
    this.verify();
  }

  protected onStateChange(event: Event): void {
    const detail = (event as CustomEvent<StateChangeDetail | undefined>).detail;
    const state = detail?.state;
    if (!state) return;
    this.state.set(state);
    this.setAnswer(state === 'verified' ? (detail.payload ?? null) : null);
    // A challenge lives ten minutes; someone slow to type gets a fresh one without a click.
    if (state === 'expired') this.verify();
  }

  private verify(): void {
    const widget = this.widget().nativeElement;
    // The methods exist once the widget has mounted; before that, `auto="onload"` will verify.
    if (typeof widget.verify === 'function') void widget.verify();
  }

  private setAnswer(payload: string | null): void {
    if (this.answer() === payload) return;
    this.answer.set(payload);
    this.payloadChange.emit(payload);
  }
}
