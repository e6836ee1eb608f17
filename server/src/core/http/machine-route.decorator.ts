import { SetMetadata } from '@nestjs/common';

export const IS_MACHINE_ROUTE = 'guichet:machine-route';

/**
 * Marks a route called by machines with `Authorization: Bearer` (PWD-6), never by a browser
 * session: no cookie authenticates it, so the CSRF check, which protects cookies, does not apply.
 */
export const MachineRoute = () => SetMetadata(IS_MACHINE_ROUTE, true);
