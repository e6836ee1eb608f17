import type { CanMatchFn } from '@angular/router';
import { Role } from '@guichet/contracts';
import { roleGuard } from './role.guard';

/** The firm's working areas (the CRM) match for its staff and admins, never for its clients. */
export const staffGuard: CanMatchFn = roleGuard(Role.Staff, Role.Admin);
