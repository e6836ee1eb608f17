/**
 * A message could not be handed to the mail server or SMS provider. `permanent` failures (the
 * provider refused this message: bad address, 4xx from an SMS API, SMTP 5xx) are not retried;
 * the others (connection refused, timeout, SMTP 4xx, HTTP 5xx) are retried with backoff.
 * The message never carries the recipient or the content, so it is safe to store and log.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
