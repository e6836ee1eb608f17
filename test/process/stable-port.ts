import { createServer } from 'node:net';

/**
 * A free port below Linux's ephemeral range (32768+): a port the kernel hands out as "free" can be
 * taken a moment later as the source port of an outgoing connection (to PostgreSQL, say), which
 * broke restarts on the same port. Ports under 32768 are never used that way.
 */
export async function stablePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
}
