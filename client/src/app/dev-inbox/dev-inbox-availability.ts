import { HttpErrorResponse, HttpStatusCode } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { DevInboxApi } from './dev-inbox-api';

/**
 * Whether the server has a development inbox, asked once per visit: the route exists in
 * development mode only, so a 404 means production. The shell footer and the route guard share
 * the answer. A failure that says nothing about the mode (server down, 500) is not kept, so the
 * next check asks again.
 */
@Injectable({ providedIn: 'root' })
export class DevInboxAvailability {
  private readonly api = inject(DevInboxApi);
  private readonly known = signal<boolean | undefined>(undefined);
  private answer?: Promise<boolean>;

  /** Whether the server has a dev inbox; undefined until it has said so either way. */
  readonly available = this.known.asReadonly();

  /** Asks the server the first time, then answers from memory. */
  check(): Promise<boolean> {
    this.answer ??= firstValueFrom(this.api.list()).then(
      () => this.remember(true),
      (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === HttpStatusCode.NotFound) {
          return this.remember(false);
        }
        this.answer = undefined;
        return false;
      },
    );
    return this.answer;
  }

  private remember(available: boolean): boolean {
    this.known.set(available);
    return available;
  }
}
