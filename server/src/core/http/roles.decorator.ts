import { SetMetadata } from '@nestjs/common';
import type { Role } from '@guichet/contracts';

export const REQUIRED_ROLES = 'guichet:roles';

/** Limits a controller or route to signed-in accounts with one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);
