import { Secret, TOTP } from 'otpauth';

/** The code an authenticator app shows for `secret`, `offset` steps of 30 s from now. */
export const totpCode = (secret: string, offset = 0): string =>
  new TOTP({
    secret: Secret.fromBase32(secret),
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  }).generate({ timestamp: Date.now() + offset * 30_000 });
