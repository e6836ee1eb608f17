import { ParcelPurge } from '../modules/parcels/purge/parcel-purge.service';
import { describePurge } from '../modules/parcels/purge/purge-plan';
import { withAppContext } from './app-context';
import { parseDryRun } from './dry-run-option';
import { ExitCode } from './exit-code';

export const PURGE_USAGE = 'purge [--dry-run]';

/**
 * `purge`: destroys withdrawn, expired and abandoned parcels now, as the scheduled job does
 * (PARCEL-7); with `--dry-run`, says what it would destroy. Another instance purging at the same
 * time is not an error: this run then does nothing.
 */
export async function purge(args: string[], out: NodeJS.WritableStream): Promise<ExitCode> {
  const dryRun = parseDryRun(args);
  const report = await withAppContext((context) => context.get(ParcelPurge).run({ dryRun }));
  out.write(`${describePurge(report)}\n`);
  return ExitCode.Ok;
}
