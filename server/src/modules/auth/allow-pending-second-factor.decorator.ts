import { SetMetadata } from '@nestjs/common';

export const ALLOW_PENDING_SECOND_FACTOR = 'guichet:allow-pending-second-factor';

/** The few routes a session may use before its second factor is proven. */
export const AllowPendingSecondFactor = () => SetMetadata(ALLOW_PENDING_SECOND_FACTOR, true);

export const ALLOW_PENDING_PASSWORD_CHANGE = 'guichet:allow-pending-password-change';

/** The few routes a session may use before it changes a password it must change. */
export const AllowPendingPasswordChange = () => SetMetadata(ALLOW_PENDING_PASSWORD_CHANGE, true);
