import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { IdentityReview } from '@guichet/contracts';
import { LocalizedDatePipe, TranslatePipe, type TranslationKey, Translator } from '../../core/i18n';
import type { Decision } from './identity-reviews-page';
import { displayPhone } from '../../shared/format/phone-display';

const STATE_KEYS: Readonly<Record<IdentityReview['state'], TranslationKey>> = {
  pending: 'admin.identityReviews.state.pending',
  approved: 'admin.identityReviews.state.approved',
  rejected: 'admin.identityReviews.state.rejected',
};

const REASON_KEYS: Readonly<Record<IdentityReview['reason'], TranslationKey>> = {
  'no-sms-otp': 'admin.identityReviews.reason.no-sms-otp',
  'phone-lost': 'admin.identityReviews.reason.phone-lost',
  'unproven-mobile': 'admin.identityReviews.reason.unproven-mobile',
};

/** Lower case without spaces: an address or a number typed differently is still the same. */
const same = (onFile: string | null, given: string) =>
  onFile !== null &&
  onFile.replace(/\s+/g, '').toLowerCase() === given.replace(/\s+/g, '').toLowerCase();

let nextId = 0;

/**
 * One verification request: who, why, what is on file next to what was typed (each line says
 * whether they match), and the decision, asked to be confirmed in place before it is sent.
 */
@Component({
  selector: 'app-identity-review-card',
  imports: [MatButton, TranslatePipe, LocalizedDatePipe],
  template: `
    <article class="review" [attr.aria-labelledby]="id + '-name'" data-testid="identity-review">
      <div class="review-header">
        <h3 [id]="id + '-name'">{{ name() }}</h3>
        <span class="review-state" [class]="'review-state-' + review().state">
          {{ stateKey() | translate }}
        </span>
      </div>
      <p class="review-meta">
        {{ 'admin.identityReviews.accessCode' | translate: { code: review().account.accessCode } }}
        ·
        {{
          'admin.identityReviews.createdAt'
            | translate: { date: (review().createdAt | localizedDate: 'short') }
        }}
      </p>
      <p class="review-reason">{{ reasonKey() | translate }}</p>
      <table class="review-table">
        <caption class="visually-hidden">
          {{
            'admin.identityReviews.table.caption' | translate: { name: name() }
          }}
        </caption>
        <thead>
          <tr>
            <td></td>
            <th scope="col">{{ 'admin.identityReviews.table.onFile' | translate }}</th>
            <th scope="col">{{ 'admin.identityReviews.table.given' | translate }}</th>
            <th scope="col">{{ 'admin.identityReviews.table.comparison' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (line of lines(); track line.label) {
            <tr>
              <th scope="row">{{ line.label | translate }}</th>
              <td [attr.data-testid]="'on-file-' + line.field">
                {{ line.onFile ?? ('admin.identityReviews.none' | translate) }}
              </td>
              <td [attr.data-testid]="'given-' + line.field">{{ line.given }}</td>
              <td>{{ comparisonKey(line.onFile, line.same) | translate }}</td>
            </tr>
          }
        </tbody>
      </table>

      @if (review().state === 'pending') {
        @if (confirming(); as decision) {
          <div class="review-confirm" role="group" [attr.aria-labelledby]="id + '-confirm'">
            <p [id]="id + '-confirm'" class="review-confirm-question" tabindex="-1">
              {{ question(decision).key | translate: question(decision).params }}
            </p>
            <div class="review-actions">
              <button
                mat-flat-button
                type="button"
                (click)="confirm(decision)"
                [disabled]="busy()"
                data-testid="review-confirm"
              >
                {{ 'admin.identityReviews.confirm' | translate }}
              </button>
              <button
                mat-button
                type="button"
                (click)="confirming.set(null)"
                [disabled]="busy()"
                data-testid="review-cancel"
              >
                {{ 'admin.identityReviews.cancel' | translate }}
              </button>
            </div>
          </div>
        } @else {
          <div class="review-actions">
            <button
              mat-flat-button
              type="button"
              (click)="ask('approve')"
              [attr.aria-label]="'admin.identityReviews.approveLabel' | translate: { name: name() }"
              data-testid="review-approve"
            >
              {{ 'admin.identityReviews.approve' | translate }}
            </button>
            <button
              mat-stroked-button
              type="button"
              (click)="ask('reject')"
              [attr.aria-label]="'admin.identityReviews.rejectLabel' | translate: { name: name() }"
              data-testid="review-reject"
            >
              {{ 'admin.identityReviews.reject' | translate }}
            </button>
          </div>
        }
      } @else if (review().decidedAt; as decidedAt) {
        <p class="review-meta" data-testid="review-decided">
          {{
            'admin.identityReviews.decided'
              | translate
                : {
                    date: (decidedAt | localizedDate: 'short'),
                    name: review().decidedBy?.name ?? ('admin.identityReviews.you' | translate),
                  }
          }}
        </p>
      }
    </article>
  `,
  styleUrl: './identity-review-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IdentityReviewCard {
  private readonly translator = inject(Translator);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly review = input.required<IdentityReview>();
  /** The decision is on its way. */
  readonly busy = input(false);
  readonly decide = output<Decision>();

  protected readonly id = `review-${nextId++}`;
  protected readonly confirming = signal<Decision | null>(null);

  protected readonly name = computed(() => {
    const { civility, firstName, lastName } = this.review().account;
    if (!civility) return [firstName, lastName].filter(Boolean).join(' ');
    return this.translator.t('person.formal', {
      civility: this.translator.t(`person.civility.${civility}`),
      lastName: [firstName, lastName].filter(Boolean).join(' '),
    });
  });
  protected readonly stateKey = computed(() => STATE_KEYS[this.review().state]);
  protected readonly reasonKey = computed(() => REASON_KEYS[this.review().reason]);
  protected readonly lines = computed(() => {
    const { account, emailGiven, mobileGiven } = this.review();
    return [
      {
        field: 'email',
        label: 'admin.identityReviews.field.email' as TranslationKey,
        onFile: account.email,
        given: emailGiven,
        same: same(account.email, emailGiven),
      },
      {
        field: 'mobile',
        label: 'admin.identityReviews.field.mobile' as TranslationKey,
        onFile: displayPhone(account.mobile),
        given: displayPhone(mobileGiven) ?? mobileGiven,
        same: same(account.mobile, mobileGiven),
      },
    ];
  });

  protected comparisonKey(onFile: string | null, same: boolean): TranslationKey {
    if (onFile === null) return 'admin.identityReviews.nothingOnFile';
    return same ? 'admin.identityReviews.same' : 'admin.identityReviews.different';
  }

  protected question(decision: Decision): { key: TranslationKey; params: Record<string, string> } {
    return decision === 'approve'
      ? { key: 'admin.identityReviews.confirmApprove', params: { email: this.review().emailGiven } }
      : { key: 'admin.identityReviews.confirmReject', params: { name: this.name() } };
  }

  /** Asks for confirmation, reading the question out first. */
  protected ask(decision: Decision): void {
    this.confirming.set(decision);
    afterNextRender(
      {
        write: () =>
          this.host.nativeElement.querySelector<HTMLElement>('.review-confirm-question')?.focus(),
      },
      { injector: this.injector },
    );
  }

  protected confirm(decision: Decision): void {
    this.confirming.set(null);
    this.decide.emit(decision);
  }
}
