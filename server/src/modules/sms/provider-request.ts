import { DeliveryError } from '../../core/delivery/delivery-error';

/** What an SMS provider answered; `json` is undefined when the body is not JSON. */
export interface ProviderAnswer {
  status: number;
  json: unknown;
}

/**
 * POSTs a request to an SMS provider within `timeoutMs` (the body included). A network failure
 * or a timeout is a transient `DeliveryError` naming only the provider and the failure kind:
 * never the URL (some carry a key), the recipient or the text.
 */
export async function postToProvider(
  provider: string,
  url: string,
  init: { headers: Record<string, string>; body: string },
  timeoutMs: number,
): Promise<ProviderAnswer> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: init.headers,
      body: init.body,
      // A redirect would replay the credentials to another address; an API never needs one.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    return { status: response.status, json: parseJson(text) };
  } catch (error) {
    // Duck-typed: fetch's errors may come from another realm (Jest's VM) than this code's Error.
    if ((error as { name?: unknown } | null)?.name === 'TimeoutError') {
      throw new DeliveryError(`${provider} did not answer within ${timeoutMs} ms`, false);
    }
    throw new DeliveryError(`${provider} unreachable (${networkCode(error)})`, false);
  }
}

/**
 * Statuses worth retrying: the provider is overloaded, rate-limiting or failing. Other statuses
 * (4xx, and 3xx since redirects are not followed) will not change on a retry.
 */
export function isTransientStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/** A 2xx answer; a provider id may be read from its JSON body. */
export function isSuccessStatus(status: number): boolean {
  return status >= 200 && status < 300;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The system error code (ECONNREFUSED, ENOTFOUND…) under fetch's generic "fetch failed". */
function networkCode(error: unknown): string {
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === 'string' && /^E[A-Z_]+$/.test(code) ? code : 'network error';
}
