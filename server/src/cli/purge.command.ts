import { parseArgs } from 'node:util';
import { ParcelPurge } from '../modules/parcels/purge/parcel-purge.service';
import { describePurge } from '../modules/parcels/purge/purge-plan';
import { withAppContext } from './app-context';
import { ExitCode } from './exit-code';
import { UsageError } from './usage-error';

export const PURGE_USAGE = 'purge [--dry-run]';

/**
 * `purge`: destroys withdrawn, expired and abandoned parcels now, as the scheduled job does
 * (PARCEL-7); with `--dry-run`, says what it would destroy. Another instance purging at the same
 * time is not an error: this run then does nothing.
 */
export async function purge(args: string[], out: NodeJS.WritableStream): Promise<ExitCode> {
  let dryRun: boolean;
  try {
    const { values } = parseArgs({
      args,
      options: { 'dry-run': { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    });
    dryRun = values['dry-run'] ?? false;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const report = await withAppContext((context) => context.get(ParcelPurge).run({ dryRun }));
  out.write(`${describePurge(report)}\n`);
  return ExitCode.Ok;
}
