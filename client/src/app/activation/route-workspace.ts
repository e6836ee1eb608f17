import type { ActivatedRouteSnapshot } from '@angular/router';

/**
 * The workspace named by a deep link (`/w/<workspace>/…`), found on whichever route above holds
 * the parameter, lower-cased; null without one.
 */
export function routeWorkspace(route: ActivatedRouteSnapshot): string | null {
  for (const above of [...route.pathFromRoot].reverse()) {
    const workspace = above.paramMap.get('workspace')?.trim().toLowerCase();
    if (workspace) return workspace;
  }
  return null;
}
