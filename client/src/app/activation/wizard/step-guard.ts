import { inject } from '@angular/core';
import { type ActivatedRouteSnapshot, type CanActivateFn, Router } from '@angular/router';
import { WIZARD } from './wizard';

/** Path segments of the wizard's shell: everything above the step route. */
function shellSegments(route: ActivatedRouteSnapshot): string[] {
  return route.pathFromRoot.slice(0, -1).flatMap((above) => above.url.map((s) => s.path));
}

/**
 * Guards one step of a routed wizard (STYLE.md rule 10): the step opens only when the wizard says
 * it may; otherwise the user is sent to the first incomplete step, so that a step cannot be
 * reached by URL before the earlier ones are done (IDV-7). Without `step`, guards the wizard's
 * bare address, which always leads to that step. When the flow could not be resumed at all, the
 * bare address is where the wizard says so.
 */
export function stepGuard(step?: string): CanActivateFn {
  return async (route) => {
    const wizard = inject(WIZARD);
    const router = inject(Router);
    // Guards run before the shell's resolver: wait for the same resume here.
    await wizard.resume();
    if (step !== undefined && wizard.canOpen(step)) return true;
    const target = wizard.firstIncompleteStep();
    const shell = shellSegments(route);
    if (target === null) return step === undefined || router.createUrlTree(['/', ...shell]);
    return router.createUrlTree(['/', ...shell, target]);
  };
}
