import { API_PREFIX } from '@guichet/contracts';

/** Absolute path of an API route: `apiUrl(ApiRoutes.devInbox, 'samples')` is `/api/dev/inbox/samples`. */
export function apiUrl(...segments: readonly string[]): string {
  return `/${[API_PREFIX, ...segments].join('/')}`;
}
