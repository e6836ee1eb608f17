import type { CanMatchFn } from '@angular/router';
import { Role } from '@guichet/contracts';
import { roleGuard } from './role.guard';

/** The admin area matches for admins only (see `roleGuard`). */
export const adminGuard: CanMatchFn = roleGuard(Role.Admin);
