import type { CookieOptions } from 'express';

/**
 * The session cookie. Over HTTPS it is `__Host-guichet`: the prefix makes browsers refuse it
 * unless Secure, host-only and Path=/, so a sibling subdomain cannot plant or overwrite it.
 * Plain HTTP (local development) cannot use the prefix.
 */
export function sessionCookie(publicUrl: string): { name: string; options: CookieOptions } {
  const secure = publicUrl.startsWith('https:');
  return {
    name: secure ? '__Host-guichet' : 'guichet',
    options: { httpOnly: true, secure, sameSite: 'lax', path: '/' },
  };
}
