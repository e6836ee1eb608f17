import { once } from 'node:events';
import { type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import express from 'express';
import { createLogging } from './logging';
import { requestIds } from './request-id';

/** The request line (OPS-3) as an Express app on loopback writes it, one per request. */
describe('request log lines', () => {
  const lines: Array<Record<string, unknown>> = [];
  let server: Server;
  let port: number;

  beforeAll(async () => {
    const { requests } = createLogging(
      { format: 'json', level: 'info' },
      { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
    );
    const app = express();
    app.use(requestIds());
    app.use(requests!);
    app.get('/broken', (_request, response) => void response.status(500).json({ code: 'x' }));
    app.get('/slow', () => undefined); // never answers: the client gives up
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  /** The line of request `id`, once the server has written it (within a second). */
  const lineFor = async (id: string) => {
    for (let wait = 0; wait < 100; wait++) {
      const line = lines.find((entry) => (entry.req as { id?: string } | undefined)?.id === id);
      if (line) return line;
      await delay(10);
    }
    return undefined;
  };

  it('writes a 5xx at error level', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/broken?token=secret-value`, {
      headers: { 'X-Request-Id': 'broken-0001' },
    });
    expect(response.status).toBe(500);
    expect(await lineFor('broken-0001')).toEqual(
      expect.objectContaining({
        level: 'error',
        msg: 'request completed',
        req: { id: 'broken-0001', method: 'GET', path: '/broken' },
        res: { status: 500 },
      }),
    );
  });

  it('writes a request the client left before its answer as aborted, at warn level', async () => {
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write('GET /slow HTTP/1.1\r\nHost: x\r\nX-Request-Id: slow-00001\r\n\r\n');
    await delay(50);
    socket.destroy();
    expect(await lineFor('slow-00001')).toEqual(
      expect.objectContaining({
        level: 'warn',
        msg: 'request aborted',
        req: { id: 'slow-00001', method: 'GET', path: '/slow' },
      }),
    );
  });
});
