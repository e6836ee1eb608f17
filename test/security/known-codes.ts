import * as contracts from '@guichet/contracts';

/**
 * Every error code the contracts declare: the values of each exported `…ErrorCode` enum, so that
 * a module added later (GDPR, CRM) counts without editing this list.
 */
export const KNOWN_ERROR_CODES: ReadonlySet<string> = new Set(
  Object.entries(contracts)
    .filter(([name, value]) => name.endsWith('ErrorCode') && typeof value === 'object')
    .flatMap(([, value]) => Object.values(value as Record<string, string>)),
);

/** The codes that say "not found" (404), whatever the module. */
export function isNotFoundCode(code: unknown): boolean {
  return typeof code === 'string' && KNOWN_ERROR_CODES.has(code) && /NOT_FOUND$/.test(code);
}
