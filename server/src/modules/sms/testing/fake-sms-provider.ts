import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake provider received it. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

type Answer = { status: number; body?: unknown } | 'never';

/**
 * A real HTTP server on 127.0.0.1 playing an SMS provider in tests: it records every request and
 * answers what the test set (201 `{}` by default), or never answers to exercise timeouts.
 */
export class FakeSmsProvider {
  readonly received: ReceivedRequest[] = [];
  private answer: Answer = { status: 201, body: {} };

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeSmsProvider> {
    const server = createServer();
    const provider = new FakeSmsProvider(server);
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        provider.received.push({
          method: request.method ?? '',
          path: request.url ?? '',
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        const answer = provider.answer;
        if (answer === 'never') return;
        const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
        response.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return provider;
  }

  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  answerWith(status: number, body: unknown = {}): void {
    this.answer = { status, body };
  }

  neverAnswer(): void {
    this.answer = 'never';
  }

  /** Stops listening and drops open connections, including the ones left hanging. */
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A URL on which nothing listens: the port was free a moment ago, so connecting is refused. */
export async function refusingUrl(): Promise<string> {
  const provider = await FakeSmsProvider.start();
  const url = provider.url;
  await provider.stop();
  return url;
}
