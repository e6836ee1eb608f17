import 'reflect-metadata';
import { ANONYMIZED_DUMP_USAGE, anonymizedDump } from './cli/anonymized-dump.command';
import { IMPORT_LEGACY_USAGE, importLegacy } from './cli/import-legacy.command';
import { CommandError } from './cli/command-error';
import { CONFIGURE_WORKSPACE_USAGE, configureWorkspace } from './cli/configure-workspace.command';
import { CREATE_WORKSPACE_USAGE, createWorkspace } from './cli/create-workspace.command';
import { PURGE_USAGE, purge } from './cli/purge.command';
import { RETENTION_USAGE, retention } from './cli/retention.command';
import { ROTATE_MASTER_KEY_USAGE, rotateMasterKey } from './cli/rotate-master-key.command';
import { ExitCode } from './cli/exit-code';
import { UsageError } from './cli/usage-error';
import { explainStartError } from './core/startup/explain-start-error';
import { LegacyImportError } from './modules/legacy-import/legacy-import-error';
import { WorkspaceSetupError } from './modules/workspace-setup/workspace-setup-error';

/** The commands, by name; each takes its own arguments and says how it ended. */
const COMMANDS: Record<string, (args: string[], out: NodeJS.WritableStream) => Promise<ExitCode>> =
  {
    'anonymized-dump': anonymizedDump,
    'configure-workspace': configureWorkspace,
    'create-workspace': createWorkspace,
    'import-legacy': importLegacy,
    purge,
    retention,
    'rotate-master-key': rotateMasterKey,
  };

const USAGE = `Usage: npm run cli -- <command> [options]\n\nCommands:\n  ${ANONYMIZED_DUMP_USAGE}\n  ${CONFIGURE_WORKSPACE_USAGE}\n  ${CREATE_WORKSPACE_USAGE}\n  ${IMPORT_LEGACY_USAGE}\n  ${PURGE_USAGE}\n  ${RETENTION_USAGE}\n  ${ROTATE_MASTER_KEY_USAGE}\n`;

/** Operator commands (`npm run cli -- <command>`), run in the app without its HTTP server. */
async function main(argv: string[]): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === 'help') {
    process.stdout.write(USAGE);
    return name === undefined ? ExitCode.Failed : ExitCode.Ok;
  }
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`Unknown command "${name}"`);
  return command(args, process.stdout);
}

main(process.argv.slice(2))
  .catch((error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`${error.message}\n\n${USAGE}`);
    else if (
      error instanceof CommandError ||
      error instanceof LegacyImportError ||
      error instanceof WorkspaceSetupError
    ) {
      process.stderr.write(`${error.message}\n`);
    } else process.stderr.write(`${explainStartError(error)}\n`);
    return ExitCode.Failed;
  })
  // The app and the database are closed by now; nothing left should keep the process alive.
  .then((code) => process.exit(code));
