/**
 * What never reaches a log line (OPS-3): one list of field paths, censored wherever they appear
 * in a logged object, and a scrubber for free text (messages, error stacks) that hides e-mail
 * addresses, phone numbers and long tokens.
 */
export const REDACTED_KEYS = [
  'password',
  'currentPassword',
  'newPassword',
  'temporaryPassword',
  'token',
  'accessToken',
  'refreshToken',
  'code',
  'otp',
  'captcha',
  'secret',
  'email',
  'mobile',
  'phone',
  'to',
  'recipient',
  'authorization',
  'cookie',
  'set-cookie',
  'x-xsrf-token',
] as const;

export const REDACTED = '[redacted]';

/** pino `redact` paths: each key at the top, one and two levels down, and in request headers. */
export const REDACTED_PATHS = [
  ...REDACTED_KEYS.flatMap((key) => {
    const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
    const joined = name.startsWith('[') ? name : `.${name}`;
    return [name, `*${joined}`, `*.*${joined}`];
  }),
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-xsrf-token"]',
  'res.headers["set-cookie"]',
];

const EMAIL = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/g;
/** International (+33 6 12 34 56 78) or national (06 12 34 56 78) numbers of 9 digits or more. */
const PHONE = /(?:\+\d[\d .-]{7,}\d|\b0\d(?:[ .-]?\d{2}){4}\b)/g;
/** URL-safe tokens (links, session ids): 24 characters or more of base64url or hex. */
const TOKEN = /\b[A-Za-z0-9_-]{24,}\b/g;
/** A query string value after a name that carries a secret. */
const QUERY_SECRET = /([?&](?:token|code|t|k)=)[^&\s#]+/gi;

/** Hides addresses, numbers and tokens in free text. */
export function scrubText(text: string): string {
  return text
    .replace(QUERY_SECRET, `$1${REDACTED}`)
    .replace(EMAIL, REDACTED)
    .replace(PHONE, REDACTED)
    .replace(TOKEN, (match) => (/\d/.test(match) && /[A-Za-z]/.test(match) ? REDACTED : match));
}
