import { ConfigError } from '../config/config-error';

/** One line for what an operator can fix; a stack trace for what is a bug. */
export function explainStartError(error: unknown): string {
  if (error instanceof ConfigError) return `Configuration error: ${error.message}`;
  const { code, port } = error as { code?: string; port?: number };
  if (code === 'EADDRINUSE') return `Configuration error: PORT: port ${port} is already in use`;
  if (code === 'EADDRNOTAVAIL') return 'Configuration error: HOST: no such address on this machine';
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
