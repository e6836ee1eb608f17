import { registerAs } from '@nestjs/config';
import { EnvironmentReader } from './environment-reader';

/** Optional clamd scan of every document before it is released (PARCEL-5); fails closed. */
export const antivirusConfig = registerAs('antivirus', () => {
  const env = new EnvironmentReader();
  const socket = env.optional('CLAMD_SOCKET');
  const host = env.optional('CLAMD_HOST');
  return {
    /** A Unix socket path, or a TCP host and port; none: documents are not scanned. */
    target: socket
      ? ({ path: socket } as const)
      : host
        ? ({ host, port: env.port('CLAMD_PORT', 3310) } as const)
        : null,
    /** Longest wait for clamd to accept, read or answer. */
    timeoutMs: env.integer('CLAMD_TIMEOUT_MS', 60_000, { min: 100, max: 3_600_000 }),
  };
});

export type AntivirusConfig = ReturnType<typeof antivirusConfig>;
