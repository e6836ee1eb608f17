/**
 * Shows enough of an address for its owner to recognise it and no more, as in IDV-2b:
 * `s.bataillon@idealsoft.fr` → `s.b******@idealsoft.fr`. Short local parts keep one character.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '******';
  const local = email.slice(0, at);
  const kept = local.length > 4 ? 3 : 1;
  return `${local.slice(0, kept)}******${email.slice(at)}`;
}
