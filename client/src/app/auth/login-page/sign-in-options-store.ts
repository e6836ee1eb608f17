import { Injectable, inject, signal } from '@angular/core';
import type { SignInOptions } from '@guichet/contracts';
import { firstValueFrom } from 'rxjs';
import { SessionApi } from '../../core/session/session-api';

/** When the server cannot say, the workspace is asked for: the server decides anyway. */
const ASK_FOR_WORKSPACE: SignInOptions = { singleWorkspace: null };

/**
 * The deployment's sign-in options, asked once per visit before the sign-in page shows (a route
 * resolver), so that the workspace field does not flash in or out. A failure is not kept.
 */
@Injectable({ providedIn: 'root' })
export class SignInOptionsStore {
  private readonly api = inject(SessionApi);
  private readonly known = signal<SignInOptions>(ASK_FOR_WORKSPACE);
  private answer?: Promise<SignInOptions>;

  /** The options; until they are known, those of a several-workspace deployment. */
  readonly options = this.known.asReadonly();

  load(): Promise<SignInOptions> {
    this.answer ??= firstValueFrom(this.api.signInOptions()).then(
      (options) => {
        this.known.set(options);
        return options;
      },
      () => {
        this.answer = undefined;
        return ASK_FOR_WORKSPACE;
      },
    );
    return this.answer;
  }
}
