import { inject } from '@angular/core';
import type { CanMatchFn } from '@angular/router';
import { DevInboxAvailability } from './dev-inbox-availability';

/**
 * Matches `/dev/inbox` only when the server has a dev inbox (development mode). Otherwise the
 * route does not match and the router falls through to the not-found page, as for any unknown
 * address: production does not even reveal that the page exists, nor download its code.
 */
export const devInboxAvailableGuard: CanMatchFn = () => inject(DevInboxAvailability).check();
