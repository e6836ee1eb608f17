import type { Server } from 'node:http';
import request, { type Response, type Test } from 'supertest';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Talks to the app as the Angular client in a browser does: keeps the cookies it is given
 * (session, XSRF-TOKEN; Secure ones too, since tests speak plain HTTP) and echoes XSRF-TOKEN
 * in the X-XSRF-TOKEN header of state-changing requests.
 */
export class ApiClient {
  readonly cookies = new Map<string, string>();

  constructor(private readonly server: Server) {}

  get(path: string): Test {
    return this.send('get', path);
  }

  post(path: string): Test {
    return this.send('post', path);
  }

  put(path: string): Test {
    return this.send('put', path);
  }

  patch(path: string): Test {
    return this.send('patch', path);
  }

  delete(path: string): Test {
    return this.send('delete', path);
  }

  /** This client's cookies as a Cookie header: what a forged cross-site request would carry. */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** Fetches an XSRF-TOKEN cookie, as the portal's first page load does. */
  async open(): Promise<this> {
    await this.get('/api/health/live').expect(200);
    return this;
  }

  private send(method: Method, path: string): Test {
    const test = request(this.server)[method](path);
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (cookie) test.set('Cookie', cookie);
    const xsrf = this.cookies.get('XSRF-TOKEN');
    if (method !== 'get' && xsrf) test.set('X-XSRF-TOKEN', xsrf);
    return test.on('response', (response: Response) => this.remember(response));
  }

  private remember(response: Response): void {
    const setCookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', ...value] = pair.trim().split('=');
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value.join('='));
    }
  }
}
