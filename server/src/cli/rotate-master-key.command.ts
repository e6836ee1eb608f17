import { parseArgs } from 'node:util';
import { DocumentKeys } from '../core/crypto/document-keys';
import {
  describeRotation,
  MasterKeyRotation,
} from '../modules/parcels/key-rotation/master-key-rotation.service';
import { withAppContext } from './app-context';
import { ExitCode } from './exit-code';
import { UsageError } from './usage-error';

export const ROTATE_MASTER_KEY_USAGE = 'rotate-master-key [--batch-size N]';

/**
 * `rotate-master-key` (OPS-5): with the new key in `MASTER_KEY`/`MASTER_KEY_ID` and the old one
 * in `MASTER_KEYS_RETIRED`, re-wraps every document key under the new one. Exit code 0 when no
 * document key needs a retired key any more, 1 otherwise (run it again, or add the missing key).
 */
export async function rotateMasterKey(
  args: string[],
  out: NodeJS.WritableStream,
): Promise<ExitCode> {
  let batchSize: number;
  try {
    const { values } = parseArgs({
      args,
      options: { 'batch-size': { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    batchSize = Number(values['batch-size'] ?? 500);
    if (!Number.isSafeInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
      throw new Error('--batch-size must be a whole number from 1 to 10000');
    }
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { report, current } = await withAppContext(async (context) => ({
    report: await context.get(MasterKeyRotation).run(batchSize),
    current: context.get(DocumentKeys).currentKeyId,
  }));
  out.write(`${describeRotation(report, current)}\n`);
  const done = report.ran && Object.keys(report.remaining).every((id) => id === current);
  return done ? ExitCode.Ok : ExitCode.Failed;
}
