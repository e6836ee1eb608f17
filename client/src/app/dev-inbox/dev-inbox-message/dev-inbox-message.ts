import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { DomSanitizer, type SafeHtml } from '@angular/platform-browser';
import type { DevInboxItem } from '@guichet/contracts';
import { LocalizedDatePipe, TranslatePipe } from '../../core/i18n';

type MailPart = 'html' | 'text';

/** One captured message: a mail's HTML preview and text part, or an SMS body. */
@Component({
  selector: 'app-dev-inbox-message',
  imports: [MatButtonToggleGroup, MatButtonToggle, TranslatePipe, LocalizedDatePipe],
  // Inline: Prettier formats inline templates with its Angular parser, which knows `@if`.
  template: `
    <article class="message" data-testid="dev-inbox-message">
      <dl class="message-meta">
        @if (item().channel === 'mail') {
          <dt>{{ 'devInbox.message.subject' | translate }}</dt>
          <dd data-testid="dev-inbox-message-subject">{{ item().subject }}</dd>
        }
        <dt>{{ 'devInbox.message.to' | translate }}</dt>
        <dd data-testid="dev-inbox-message-to">{{ item().to }}</dd>
        <dt>{{ 'devInbox.message.receivedAt' | translate }}</dt>
        <dd>
          <time [attr.datetime]="item().receivedAt">{{ item().receivedAt | localizedDate }}</time>
        </dd>
      </dl>

      @if (item().channel === 'sms') {
        <h3 class="message-part-heading">{{ 'devInbox.message.smsBody' | translate }}</h3>
        <pre class="message-text" data-testid="dev-inbox-sms-body">{{ item().text }}</pre>
      } @else if (html(); as html) {
        <mat-button-toggle-group
          class="message-parts"
          hideSingleSelectionIndicator
          [value]="part()"
          (change)="show($event.value)"
          [attr.aria-label]="'devInbox.message.part.label' | translate"
          data-testid="dev-inbox-message-parts"
        >
          <mat-button-toggle value="html" data-testid="dev-inbox-part-html">
            {{ 'devInbox.message.part.html' | translate }}
          </mat-button-toggle>
          <mat-button-toggle value="text" data-testid="dev-inbox-part-text">
            {{ 'devInbox.message.part.text' | translate }}
          </mat-button-toggle>
        </mat-button-toggle-group>
        @if (part() === 'html') {
          <!-- sandbox="": no scripts, opaque origin, no forms, no popups (see html in the class). -->
          <iframe
            class="message-preview"
            sandbox=""
            [srcdoc]="html"
            [title]="'devInbox.message.frameTitle' | translate: { subject: item().subject ?? '' }"
            data-testid="dev-inbox-mail-html"
          ></iframe>
        } @else {
          <pre class="message-text" data-testid="dev-inbox-mail-text">{{ item().text }}</pre>
        }
      } @else {
        <pre class="message-text" data-testid="dev-inbox-mail-text">{{ item().text }}</pre>
      }
    </article>
  `,
  styleUrl: './dev-inbox-message.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DevInboxMessage {
  private readonly sanitizer = inject(DomSanitizer);

  readonly item = input.required<DevInboxItem>();

  /** Opening another message shows its HTML part first. */
  protected readonly part = linkedSignal<string, MailPart>({
    source: () => this.item().id,
    computation: () => 'html',
  });

  /**
   * The mail's HTML for the preview `<iframe srcdoc>`. Angular's sanitizer would strip the inline
   * styles and `<style>` that mail layouts depend on, so the preview would not show what the
   * recipient sees. Trusting it is safe only because it goes nowhere but that iframe, whose
   * `sandbox` attribute has no `allow-scripts` and no `allow-same-origin`: no script of the mail
   * runs, and the content gets an opaque origin, so it cannot reach this page, its cookies or the
   * API. Never bind this value anywhere else.
   */
  protected readonly html = computed((): SafeHtml | null => {
    const html = this.item().html;
    return html === null ? null : this.sanitizer.bypassSecurityTrustHtml(html);
  });

  protected show(part: unknown): void {
    if (part === 'html' || part === 'text') this.part.set(part);
  }
}
