import { SetMetadata } from '@nestjs/common';
import type { ErrorCode } from '@guichet/contracts';

export const HIDDEN_WITHOUT_SESSION = 'guichet:hidden-without-session';

/**
 * A route whose very existence is not told to a caller without a session: instead of 401 it
 * answers 404 with this code, as for someone who may not see the thing (PARCEL-4). A session that
 * has just ended still answers 401, so that the portal can send its user to sign in again.
 */
export const HiddenWithoutSession = (code: ErrorCode) => SetMetadata(HIDDEN_WITHOUT_SESSION, code);
