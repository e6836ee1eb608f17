import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { LegacyImport } from '../modules/legacy-import/legacy-import.service';
import { withAppContext } from './app-context';
import { CommandError } from './command-error';
import { ExitCode } from './exit-code';
import { formatLegacyImportReport } from './import-legacy-report';
import { UsageError } from './usage-error';

export const IMPORT_LEGACY_USAGE =
  'import-legacy --workspace <slug> --file <clients.csv> [--dry-run]';

/**
 * `import-legacy`: loads a previous system's clients from a CSV file (see docs/import-legacy.md).
 * Exit code 0 when every line was imported, 2 when some were rejected, 1 when nothing was done.
 */
export async function importLegacy(args: string[], out: NodeJS.WritableStream): Promise<ExitCode> {
  const options = readOptions(args);
  // Read before the database is opened, so that a wrong path fails at once.
  const csv = await readFile(options.file).catch((error: NodeJS.ErrnoException) => {
    throw new CommandError(`Cannot read ${options.file} (${error.code ?? error.message})`);
  });
  const report = await withAppContext((context) =>
    context.get(LegacyImport).run({ workspace: options.workspace, csv, dryRun: options.dryRun }),
  );
  out.write(formatLegacyImportReport(report, options.file));
  return report.rejectedLines > 0 ? ExitCode.Rejected : ExitCode.Ok;
}

function readOptions(args: string[]): { workspace: string; file: string; dryRun: boolean } {
  let values: { workspace?: string; file?: string; 'dry-run'?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        workspace: { type: 'string' },
        file: { type: 'string' },
        'dry-run': { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!values.workspace || !values.file) {
    throw new UsageError('--workspace and --file are required');
  }
  return { workspace: values.workspace, file: values.file, dryRun: values['dry-run'] ?? false };
}
