import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type MobileChangeStarted,
  type Profile,
  type RecoveryCodes,
  type TotpSetup,
} from '@guichet/contracts';
import { type Observable, map } from 'rxjs';
import { apiUrl } from '../core/http/api-url';

/** The signed-in user's own profile and sign-in security (AUTH-8). */
@Injectable({ providedIn: 'root' })
export class ProfileApi {
  private readonly http = inject(HttpClient);

  profile(): Observable<Profile> {
    return this.http.get<Profile>(apiUrl(ApiRoutes.profile));
  }

  /** Sends a code to the new number; nothing changes until it comes back. */
  changeMobile(password: string, mobile: string): Observable<MobileChangeStarted> {
    return this.http.post<MobileChangeStarted>(apiUrl(ApiRoutes.profileMobile), {
      password,
      mobile,
    });
  }

  /** Stores the number the code went to; answers the updated profile. */
  confirmMobile(code: string): Observable<Profile> {
    return this.http.post<Profile>(apiUrl(ApiRoutes.profileMobileConfirm), { code });
  }

  beginTotp(password: string): Observable<TotpSetup> {
    return this.http.post<TotpSetup>(apiUrl(ApiRoutes.profileTotp), { password });
  }

  confirmTotp(code: string): Observable<RecoveryCodes> {
    return this.http.post<RecoveryCodes>(apiUrl(ApiRoutes.profileTotpConfirm), { code });
  }

  /** Sends a code to the profile's mobile. */
  beginSms(password: string): Observable<void> {
    return this.http.post(apiUrl(ApiRoutes.profileSms), { password }).pipe(map(() => undefined));
  }

  confirmSms(code: string): Observable<RecoveryCodes> {
    return this.http.post<RecoveryCodes>(apiUrl(ApiRoutes.profileSmsConfirm), { code });
  }

  disable(password: string): Observable<void> {
    return this.http
      .post(apiUrl(ApiRoutes.profileSecondFactorDisable), { password })
      .pipe(map(() => undefined));
  }
}
