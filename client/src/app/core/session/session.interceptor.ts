import { HttpErrorResponse, type HttpInterceptorFn, HttpResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { API_PREFIX, ApiRoutes, AuthErrorCode, CommonErrorCode } from '@guichet/contracts';
import { catchError, tap, throwError } from 'rxjs';
import { errorBodyOf } from '../http/api-error';
import { SessionNavigation } from './session-navigation';
import { SessionStore } from './session-store';

const API_ROOT = `/${API_PREFIX}/`;
/** Sign-in and session calls: their answers are the store's business, not this interceptor's. */
const AUTH_ROOT = `${API_ROOT}auth/`;
/** Calls a visitor makes before signing in, and probes: they say nothing of the user's activity. */
const NOT_ACTIVITY = [ApiRoutes.captchaChallenge, 'health/'].map((route) => API_ROOT + route);

/** Whether an error says the session is gone (expired, signed out elsewhere, never there). */
function endsSession(error: unknown): boolean {
  const code = errorBodyOf(error)?.code;
  return (
    error instanceof HttpErrorResponse &&
    error.status === 401 &&
    (code === AuthErrorCode.SessionExpired || code === CommonErrorCode.Unauthenticated)
  );
}

/**
 * Follows the session through every API call: a successful answer moves the known idle expiry
 * forward as the server does (AUTH-6); a 401 saying the session is gone, on a page that believed
 * it was signed in, leads to the sign-in page with "your session has expired".
 */
export const sessionInterceptor: HttpInterceptorFn = (request, next) => {
  const path = request.url.split('?', 1)[0];
  if (!path.startsWith(API_ROOT) || path.startsWith(AUTH_ROOT)) return next(request);
  const store = inject(SessionStore);
  const navigation = inject(SessionNavigation);
  const isActivity = !NOT_ACTIVITY.some((root) => path.startsWith(root));
  return next(request).pipe(
    tap((event) => {
      if (isActivity && event instanceof HttpResponse) store.noteActivity();
    }),
    catchError((error: unknown) => {
      if (endsSession(error) && store.isSignedIn()) void navigation.expire();
      return throwError(() => error);
    }),
  );
};
