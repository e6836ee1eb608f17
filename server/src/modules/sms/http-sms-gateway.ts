import { DeliveryError } from '../../core/delivery/delivery-error';
import type { DeliveryReceipt } from '../../core/delivery/delivery-receipt';
import { ConfigError } from '../../core/config/config-error';
import type { SmsConfig } from '../../core/config/sms.config';
import { isSuccessStatus, isTransientStatus, postToProvider } from './provider-request';
import { type OutgoingSms, SmsGateway } from './sms-gateway';

const PLACEHOLDER = /\{\{(to|text|sender|idempotencyKey)\}\}/g;

/** Fields in which providers commonly return their message id. */
const ID_FIELDS = ['id', 'messageId', 'sid'] as const;

/**
 * Any SMS provider with an HTTP/JSON API: the body is the configured JSON template, each
 * placeholder replaced by a JSON-escaped value, so the template must put placeholders inside
 * strings ("{{text}}"). The idempotency key goes in an `Idempotency-Key` header for providers
 * that deduplicate retries.
 */
export class HttpSmsGateway extends SmsGateway {
  private readonly http: NonNullable<SmsConfig['http']>;
  private readonly authHeader?: [name: string, value: string];

  constructor(private readonly config: SmsConfig) {
    super();
    if (!config.http) throw new ConfigError('SMS_HTTP_URL', 'must be set when SMS_PROVIDER=http');
    this.http = config.http;
    this.authHeader = this.http.authHeader ? parseHeaderLine(this.http.authHeader) : undefined;
    // Fail at start-up on a template that cannot give JSON, not on the first one-time code.
    try {
      JSON.parse(this.body({ to: '+33600000000', text: 'a "b"\n', idempotencyKey: 'k' }));
    } catch {
      throw new ConfigError('SMS_HTTP_BODY_TEMPLATE', 'must give valid JSON once filled in');
    }
  }

  async send(sms: OutgoingSms): Promise<DeliveryReceipt> {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'Idempotency-Key': sms.idempotencyKey,
    };
    if (this.authHeader) headers[this.authHeader[0]] = this.authHeader[1];
    const answer = await postToProvider(
      'SMS provider',
      this.http.url,
      { headers, body: this.body(sms) },
      this.config.timeoutMs,
    );
    if (!isSuccessStatus(answer.status)) {
      throw new DeliveryError(
        `SMS provider answered ${answer.status}`,
        !isTransientStatus(answer.status),
      );
    }
    return { providerId: providerId(answer.json) };
  }

  private body(sms: OutgoingSms): string {
    const values = { ...sms, sender: this.config.sender };
    return this.http.bodyTemplate.replace(PLACEHOLDER, (_, name: keyof typeof values) =>
      JSON.stringify(values[name]).slice(1, -1),
    );
  }
}

/** Splits "Authorization: Bearer abc" into name and value; the value is a secret, never echoed. */
function parseHeaderLine(line: string): [string, string] {
  const colon = line.indexOf(':');
  const name = line.slice(0, colon).trim();
  const value = line.slice(colon + 1).trim();
  const validName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name);
  // eslint-disable-next-line no-control-regex
  if (colon < 1 || !validName || !value || /[\x00-\x1f\x7f]/.test(value)) {
    throw new ConfigError('SMS_HTTP_AUTH_HEADER', 'must look like "Name: value"');
  }
  return [name, value];
}

function providerId(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const record = json as Record<string, unknown>;
  const id = ID_FIELDS.map((field) => record[field]).find(
    (value) => typeof value === 'string' || typeof value === 'number',
  );
  return id === undefined ? undefined : String(id);
}
