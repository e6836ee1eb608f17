import { ConfigError } from './config-error';

type Environment = Record<string, string | undefined>;

/** Reads typed settings from environment variables; every problem is a {@link ConfigError}. */
export class EnvironmentReader {
  constructor(private readonly env: Environment = process.env) {}

  /** The trimmed value, or undefined when the variable is unset or blank. */
  optional(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value ? value : undefined;
  }

  string(name: string, fallback: string): string {
    return this.optional(name) ?? fallback;
  }

  integer(name: string, fallback: number, range: { min: number; max: number }): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(value) || value < range.min || value > range.max) {
      throw new ConfigError(
        name,
        `must be a whole number from ${range.min} to ${range.max} (got "${raw}")`,
      );
    }
    return value;
  }

  port(name: string, fallback: number): number {
    return this.integer(name, fallback, { min: 0, max: 65535 });
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
    }
    return raw as T;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.optional(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes', 'on'].includes(raw)) return true;
    if (['false', '0', 'no', 'off'].includes(raw)) return false;
    throw new ConfigError(name, `must be true or false (got "${raw}")`);
  }

  /** A URL with one of the given protocols; the value is never echoed since it may hold a password. */
  url(name: string, protocols: readonly string[]): URL | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new ConfigError(name, 'is not a valid URL');
    }
    if (!protocols.includes(url.protocol)) {
      throw new ConfigError(
        name,
        `must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got "${url.protocol}//…")`,
      );
    }
    return url;
  }
}
