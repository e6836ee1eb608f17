import { parseArgs } from 'node:util';
import { describeRetention, Retention } from '../modules/retention/retention.service';
import { withAppContext } from './app-context';
import { ExitCode } from './exit-code';
import { UsageError } from './usage-error';

export const RETENTION_USAGE = 'retention [--dry-run]';

/**
 * `retention`: erases and clears what is past its retention period now, as the daily job does
 * (GDPR-5); with `--dry-run`, counts it and what expires within 30 days. Another instance running
 * it at the same time is not an error: this run then does nothing.
 */
export async function retention(args: string[], out: NodeJS.WritableStream): Promise<ExitCode> {
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
  const report = await withAppContext((context) => context.get(Retention).run({ dryRun }));
  out.write(`${describeRetention(report)}\n`);
  return ExitCode.Ok;
}
