/**
 * The errors of a file system with no room left: no space (ENOSPC), a quota reached (EDQUOT), or
 * a file larger than the process may write (EFBIG, `ulimit -f`). Uploads answer them with a code.
 */
const STORAGE_FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

export function isStorageFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STORAGE_FULL_CODES.has(code);
}
