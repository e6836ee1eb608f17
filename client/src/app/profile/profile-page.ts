import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ApiRoutes, type Profile, Role } from '@guichet/contracts';
import { errorMessageKey } from '../core/http/api-error';
import { apiUrl } from '../core/http/api-url';
import {
  TranslatePipe,
  type TranslationKey,
  type TranslationParams,
  Translator,
} from '../core/i18n';
import { formalName } from '../core/session/person-name';
import { SessionStore } from '../core/session/session-store';
import { MarketingPreference } from '../crm/marketing/marketing-preference';
import { MobileChange } from './mobile-change';
import { ProfileApi } from './profile-api';
import { SecondFactorDisable } from './second-factor-disable';
import { SmsSetup } from './sms-setup';
import { TotpSetup } from './totp-setup';

/** The change under way, one at a time. */
type Panel = 'mobile' | 'totp' | 'sms' | 'disable';

type LoadState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly profile: Profile }
  | { readonly kind: 'failed'; readonly reason: TranslationKey };

interface Message {
  readonly key: TranslationKey;
  readonly params?: TranslationParams;
}

/**
 * `/profile`: who the user is for the firm (name, access code, e-mail, mobile), and the security
 * of their sign-in (AUTH-8): authenticator app, codes by SMS, recovery codes left, each turned on
 * or off after the password is typed again; and adding or changing the mobile, proven by SMS.
 */
@Component({
  selector: 'app-profile-page',
  imports: [
    MatAnchor,
    MatButton,
    RouterLink,
    TranslatePipe,
    MobileChange,
    TotpSetup,
    SmsSetup,
    SecondFactorDisable,
    MarketingPreference,
  ],
  template: `
    <section class="profile" aria-labelledby="profile-heading" data-testid="profile-page">
      <h1 id="profile-heading">{{ 'profile.heading' | translate }}</h1>
      <p class="profile-outcome" role="status" data-testid="profile-outcome">
        @if (outcome(); as outcome) {
          {{ outcome.key | translate: outcome.params }}
        }
      </p>

      @switch (state().kind) {
        @case ('loading') {
          <p role="status">{{ 'profile.loading' | translate }}</p>
        }
        @case ('failed') {
          <div role="alert" class="profile-failed" data-testid="profile-load-error">
            <p>{{ 'profile.loadFailed' | translate: { reason: (failureReason() | translate) } }}</p>
            <button mat-stroked-button type="button" (click)="load()">
              {{ 'profile.retry' | translate }}
            </button>
          </div>
        }
      }

      @if (profile(); as profile) {
        <h2 id="profile-identity">{{ 'profile.identity.heading' | translate }}</h2>
        <dl class="profile-details" aria-labelledby="profile-identity">
          <div>
            <dt>{{ 'profile.name' | translate }}</dt>
            <dd data-testid="profile-name">{{ name() }}</dd>
          </div>
          <div>
            <dt>{{ 'profile.firm' | translate }}</dt>
            <dd data-testid="profile-firm">{{ firm() }}</dd>
          </div>
          <div>
            <dt>{{ 'profile.accessCode' | translate }}</dt>
            <dd data-testid="profile-access-code">{{ profile.accessCode }}</dd>
          </div>
          <div>
            <dt>{{ 'profile.email' | translate }}</dt>
            <dd data-testid="profile-email">
              {{ profile.email ?? ('profile.notSet' | translate) }}
            </dd>
          </div>
          <div>
            <dt>{{ 'profile.mobile' | translate }}</dt>
            <dd data-testid="profile-mobile-number">
              @if (profile.mobile; as mobile) {
                {{ mobile.display }}
                <span class="profile-badge" [class.profile-badge-ok]="mobile.verified">
                  ({{
                    (mobile.verified ? 'profile.mobile.verified' : 'profile.mobile.unverified')
                      | translate
                  }})
                </span>
              } @else {
                {{ 'profile.notSet' | translate }}
              }
            </dd>
          </div>
        </dl>
        @if (panel() === 'mobile') {
          <app-mobile-change
            [current]="profile.mobile"
            (done)="mobileChanged($event)"
            (cancelled)="close()"
          />
        } @else if (!panel()) {
          <button
            mat-stroked-button
            type="button"
            (click)="open('mobile')"
            data-testid="profile-change-mobile"
          >
            {{ (profile.mobile ? 'profile.mobile.change' : 'profile.mobile.add') | translate }}
          </button>
        }

        <h2 id="profile-password">{{ 'profile.password.heading' | translate }}</h2>
        <a mat-stroked-button routerLink="/change-password" data-testid="profile-change-password">{{
          'profile.password.change' | translate
        }}</a>

        @if (isClient()) {
          <h2 id="profile-data">{{ 'profile.data.heading' | translate }}</h2>
          <p class="profile-intro">{{ 'profile.data.intro' | translate }}</p>
          <a mat-stroked-button [href]="dataExportUrl" download data-testid="profile-data-export">{{
            'profile.data.export' | translate
          }}</a>
        }

        <h2 id="profile-security" tabindex="-1">{{ 'profile.security.heading' | translate }}</h2>
        <p class="profile-intro">{{ 'profile.security.intro' | translate }}</p>
        <ul class="profile-security" data-testid="profile-security-state">
          <li>
            <strong>{{
              (anyFactor() ? 'profile.security.on' : 'profile.security.off') | translate
            }}</strong>
          </li>
          <li>
            {{
              (profile.secondFactor.totp ? 'profile.security.totp.on' : 'profile.security.totp.off')
                | translate
            }}
          </li>
          <li>
            @if (profile.secondFactor.sms && profile.mobile) {
              {{ 'profile.security.sms.on' | translate: { mobile: profile.mobile.display } }}
            } @else {
              {{ 'profile.security.sms.off' | translate }}
            }
          </li>
          @if (anyFactor()) {
            <li data-testid="profile-recovery-left">
              {{ recoveryLeftKey() | translate: { count: profile.secondFactor.recoveryCodesLeft } }}
            </li>
          }
        </ul>

        @switch (panel()) {
          @case ('totp') {
            <app-totp-setup (done)="finished('profile.done.totp')" (cancelled)="close()" />
          }
          @case ('sms') {
            <app-sms-setup
              [mobile]="profile.mobile?.display ?? ''"
              (done)="finished('profile.done.sms')"
              (cancelled)="close()"
            />
          }
          @case ('disable') {
            <app-second-factor-disable
              (done)="finished('profile.done.disabled')"
              (cancelled)="close()"
            />
          }
          @case (null) {
            <div class="profile-actions">
              @if (!profile.secondFactor.totp) {
                <button
                  mat-flat-button
                  type="button"
                  (click)="open('totp')"
                  data-testid="profile-enable-totp"
                >
                  {{ 'profile.security.enableTotp' | translate }}
                </button>
              }
              @if (!profile.secondFactor.sms) {
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="!profile.mobile"
                  [attr.aria-describedby]="profile.mobile ? null : 'profile-sms-needs-mobile'"
                  (click)="open('sms')"
                  data-testid="profile-enable-sms"
                >
                  {{ 'profile.security.enableSms' | translate }}
                </button>
              }
              @if (anyFactor()) {
                <button
                  mat-stroked-button
                  type="button"
                  (click)="open('disable')"
                  data-testid="profile-disable"
                >
                  {{ 'profile.security.disable' | translate }}
                </button>
              }
            </div>
            @if (!profile.mobile && !profile.secondFactor.sms) {
              <p id="profile-sms-needs-mobile" class="profile-intro">
                {{ 'profile.security.smsNeedsMobile' | translate }}
              </p>
            }
          }
        }

        @if (isStaff()) {
          <!-- GDPR-1: the CRM search screens' default, also settable on those screens. -->
          <h2 id="profile-crm">{{ 'crm.preference.heading' | translate }}</h2>
          <app-marketing-preference />
        }
      }
    </section>
  `,
  styleUrl: './profile-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePage {
  private readonly api = inject(ProfileApi);
  private readonly translator = inject(Translator);
  private readonly session = inject(SessionStore).session;
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly state = signal<LoadState>({ kind: 'loading' });
  protected readonly panel = signal<Panel | null>(null);
  protected readonly outcome = signal<Message | null>(null);

  protected readonly profile = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.profile : null;
  });
  protected readonly name = computed(() => {
    const profile = this.profile();
    return profile ? formalName(profile, this.translator) : '';
  });
  protected readonly firm = computed(() => this.session()?.workspace.name ?? '');
  /** GDPR-4: a client downloads everything the firm keeps about them, as one zip. */
  protected readonly isClient = computed(() => this.session()?.account.role === Role.Client);
  protected readonly dataExportUrl = apiUrl(ApiRoutes.profileDataExport);
  protected readonly isStaff = computed(() => {
    const role = this.session()?.account.role;
    return role === Role.Staff || role === Role.Admin;
  });
  protected readonly anyFactor = computed(() => {
    const factors = this.profile()?.secondFactor;
    return !!factors && (factors.totp || factors.sms);
  });
  protected readonly recoveryLeftKey = computed<TranslationKey>(() =>
    this.profile()?.secondFactor.recoveryCodesLeft === 1
      ? 'profile.security.recoveryLeft.one'
      : 'profile.security.recoveryLeft.other',
  );

  constructor() {
    this.load();
  }

  protected load(): void {
    this.state.set({ kind: 'loading' });
    this.api
      .profile()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (profile) => this.state.set({ kind: 'ready', profile }),
        error: (error: unknown) =>
          this.state.set({ kind: 'failed', reason: errorMessageKey(error) }),
      });
  }

  protected failureReason(): TranslationKey {
    const state = this.state();
    return state.kind === 'failed' ? state.reason : 'errors.unknown';
  }

  protected open(panel: Panel): void {
    this.outcome.set(null);
    this.panel.set(panel);
    this.focus(`#${panel}-heading`);
  }

  protected close(): void {
    const wasMobile = this.panel() === 'mobile';
    this.panel.set(null);
    this.focus(wasMobile ? '[data-testid="profile-change-mobile"]' : '#profile-security');
  }

  protected mobileChanged(profile: Profile): void {
    this.state.set({ kind: 'ready', profile });
    this.outcome.set({
      key: 'profile.done.mobile',
      params: { mobile: profile.mobile?.display ?? '' },
    });
    this.close();
  }

  /** A second factor changed: the state shown comes from the server again. */
  protected finished(key: TranslationKey): void {
    this.outcome.set({ key });
    this.panel.set(null);
    this.api
      .profile()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (profile) => {
          this.state.set({ kind: 'ready', profile });
          this.focus('#profile-security');
        },
        error: (error: unknown) =>
          this.state.set({ kind: 'failed', reason: errorMessageKey(error) }),
      });
  }

  private focus(selector: string): void {
    afterNextRender(
      {
        write: () => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      },
      { injector: this.injector },
    );
  }
}
