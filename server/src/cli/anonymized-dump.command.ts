import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { AnonymizedDump } from '../modules/anonymized-dump/anonymized-dump.service';
import { withAppContext } from './app-context';
import { ExitCode } from './exit-code';
import { UsageError } from './usage-error';

export const ANONYMIZED_DUMP_USAGE = 'anonymized-dump --out FILE [--key HEX]';

/**
 * `anonymized-dump` (`npm run db:anonymized-dump -- --out FILE`): writes a SQL script of the
 * database with every personal column replaced by a consistent fake (GDPR-6). The fakes derive
 * from a key: `--key` or `ANONYMIZED_DUMP_KEY` (64 hex characters) makes two dumps agree;
 * without one, each dump draws its own. The file is readable by its owner only.
 */
export async function anonymizedDump(
  args: string[],
  out: NodeJS.WritableStream,
): Promise<ExitCode> {
  let file: string;
  let key: Buffer | undefined;
  try {
    const { values } = parseArgs({
      args,
      options: { out: { type: 'string' }, key: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    if (!values.out) throw new Error('--out FILE is required');
    file = values.out;
    const hex = values.key ?? process.env.ANONYMIZED_DUMP_KEY;
    if (hex !== undefined && !/^[0-9a-fA-F]{64}$/.test(hex)) {
      throw new Error('the key (--key or ANONYMIZED_DUMP_KEY) must be 64 hex characters');
    }
    key = hex === undefined ? undefined : Buffer.from(hex, 'hex');
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const stream = createWriteStream(file, { mode: 0o600 });
  const sink = {
    async write(sql: string) {
      if (!stream.write(sql)) await once(stream, 'drain');
    },
  };
  try {
    const summary = await withAppContext((context) =>
      context.get(AnonymizedDump).write(sink, { key }),
    );
    out.write(
      `Anonymised dump written to ${file}: ${summary.tables} tables, ${summary.rows} rows` +
        `${summary.keyGiven ? '' : ' (random key: fakes differ from any other dump)'}\n`,
    );
  } finally {
    stream.end();
    await once(stream, 'close');
  }
  return ExitCode.Ok;
}
