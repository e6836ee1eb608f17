/** Prefix of every HTTP API route; everything else is the Angular client. */
export const API_PREFIX = 'api';

/** Paths of the API routes, relative to {@link API_PREFIX}, shared by client and server. */
export const ApiRoutes = {
  healthLive: 'health/live',
  healthReady: 'health/ready',
  docs: 'docs',
  devInbox: 'dev/inbox',
  adminOutbox: 'admin/outbox',
} as const;
