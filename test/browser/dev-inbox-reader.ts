import { type APIRequestContext, expect } from '@playwright/test';

/** One mail or SMS of `GET /api/dev/inbox` (development mode), newest first. */
interface InboxItem {
  channel: 'mail' | 'sms';
  to: string;
  subject: string | null;
  text: string;
}

/** The outbox worker delivers within a second or two; the inbox is read until it has arrived. */
const DELIVERY_TIMEOUT_MS = 20_000;

async function newest(
  request: APIRequestContext,
  matches: (item: InboxItem) => boolean,
): Promise<InboxItem | undefined> {
  const response = await request.get('/api/dev/inbox');
  const items = (await response.json()) as InboxItem[];
  return items.find(matches);
}

/** Waits for the newest message that `read` finds something in, and answers what it found. */
async function waitFor(
  request: APIRequestContext,
  matches: (item: InboxItem) => boolean,
  read: (item: InboxItem) => string | undefined,
  after: ReadonlySet<string> = new Set(),
): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        const item = await newest(request, matches);
        const value = item ? read(item) : undefined;
        found = value !== undefined && !after.has(value) ? value : undefined;
        return found;
      },
      { timeout: DELIVERY_TIMEOUT_MS, message: 'waiting for the message in the dev inbox' },
    )
    .toBeTruthy();
  return found as string;
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** The 6-digit code of the newest SMS to a number (any format: compared by its last digits). */
export function smsCode(request: APIRequestContext, mobile: string): Promise<string> {
  const last = digitsOf(mobile).slice(-9);
  return waitFor(
    request,
    (item) => item.channel === 'sms' && digitsOf(item.to).endsWith(last),
    (item) => /\b(\d{6})\b/.exec(item.text)?.[1],
  );
}

/**
 * The path of the password-set link (`/set-password?token=…`) in the newest mail to `address`
 * holding one, other than the links in `seen`. The mail's host is the configured PUBLIC_URL;
 * the path is opened on the test server.
 */
export function passwordLink(
  request: APIRequestContext,
  address: string,
  seen: ReadonlySet<string> = new Set(),
): Promise<string> {
  return waitFor(
    request,
    (item) =>
      item.channel === 'mail' &&
      item.to.toLowerCase().includes(address.toLowerCase()) &&
      /\/set-password\?token=/.test(item.text),
    (item) => /\/set-password\?token=[A-Za-z0-9_-]+/.exec(item.text)?.[0],
    seen,
  );
}

/** The path of a secure message's personal link (`/m/…`) in the newest notice to `address`. */
export function secureMessageLink(
  request: APIRequestContext,
  address: string,
  seen: ReadonlySet<string> = new Set(),
): Promise<string> {
  return waitFor(
    request,
    (item) =>
      item.channel === 'mail' &&
      item.to.toLowerCase().includes(address.toLowerCase()) &&
      /\/m\/[A-Za-z0-9_-]{43}/.test(item.text),
    (item) => /\/m\/[A-Za-z0-9_-]{43}/.exec(item.text)?.[0],
    seen,
  );
}

/** The 6-digit code of the newest mail to `address` that holds one and no personal link. */
export function mailCode(
  request: APIRequestContext,
  address: string,
  seen: ReadonlySet<string> = new Set(),
): Promise<string> {
  return waitFor(
    request,
    (item) =>
      item.channel === 'mail' &&
      item.to.toLowerCase().includes(address.toLowerCase()) &&
      !/\/m\/[A-Za-z0-9_-]{43}/.test(item.text) &&
      /\b\d{6}\b/.test(item.text),
    (item) => /\b(\d{6})\b/.exec(item.text)?.[1],
    seen,
  );
}

/** How many mails the dev inbox holds for `address`. */
export async function mailCount(request: APIRequestContext, address: string): Promise<number> {
  const response = await request.get('/api/dev/inbox');
  const items = (await response.json()) as InboxItem[];
  return items.filter(
    (item) => item.channel === 'mail' && item.to.toLowerCase().includes(address.toLowerCase()),
  ).length;
}
