import { decodeIdCursor, encodeIdCursor } from '../../core/http/id-cursor';

/** The opaque text an HTTP client gets for the next page: the last account of this one. */
export const encodeAccountCursor: (accountId: string) => string = encodeIdCursor;

/** The account id behind {@link encodeAccountCursor}'s text; null when it did not make it. */
export const decodeAccountCursor: (text: string) => string | null = decodeIdCursor;
