import { describeRetention, Retention } from '../modules/retention/retention.service';
import { withAppContext } from './app-context';
import { parseDryRun } from './dry-run-option';
import { ExitCode } from './exit-code';

export const RETENTION_USAGE = 'retention [--dry-run]';

/**
 * `retention`: erases and clears what is past its retention period now, as the daily job does
 * (GDPR-5); with `--dry-run`, counts it and what expires within 30 days. Another instance running
 * it at the same time is not an error: this run then does nothing.
 */
export async function retention(args: string[], out: NodeJS.WritableStream): Promise<ExitCode> {
  const dryRun = parseDryRun(args);
  const report = await withAppContext((context) => context.get(Retention).run({ dryRun }));
  out.write(`${describeRetention(report)}\n`);
  return ExitCode.Ok;
}
