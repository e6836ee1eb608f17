import {
  FetchBackend,
  HttpBackend,
  HttpXhrBackend,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import { type EnvironmentProviders, type Provider, inject } from '@angular/core';
import { sessionInterceptor } from '../core/session/session.interceptor';

/**
 * The HttpClient of the parcels pages. The application's runs over fetch(), which cannot report
 * upload progress; this one swaps that backend for XMLHttpRequest and keeps any other (the testing
 * backend of unit tests). The interceptors are the application's: XSRF header (built in, with the
 * application's cookie and header names, inherited) and the session follower.
 */
export function provideParcelHttp(): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(withInterceptors([sessionInterceptor])),
    {
      provide: HttpBackend,
      useFactory: () => {
        const parent = inject(HttpBackend, { skipSelf: true });
        return parent instanceof FetchBackend ? inject(HttpXhrBackend) : parent;
      },
    },
  ];
}
