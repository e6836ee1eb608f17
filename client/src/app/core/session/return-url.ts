/**
 * `returnUrl` when it is a path of this application, null otherwise: a sign-in page must never
 * send people to another site (`//evil.example`, `https://…`, `/\evil.example`), nor back to
 * itself.
 */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return null;
  }
  // Control characters (tabs, new lines) are dropped by URL parsers and could hide a `//`.
  if ([...value].some((character) => character.charCodeAt(0) < 0x20)) return null;
  const path = value.split(/[?#]/, 1)[0];
  if (path === '/login' || /^\/w\/[^/]+\/login$/.test(path)) return null;
  return value;
}
