import { parseArgs } from 'node:util';
import { UsageError } from './usage-error';

/** The arguments of a job command (`purge`, `retention`): `--dry-run` alone, or nothing. */
export function parseDryRun(args: string[]): boolean {
  try {
    const { values } = parseArgs({
      args,
      options: { 'dry-run': { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    });
    return values['dry-run'] ?? false;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
