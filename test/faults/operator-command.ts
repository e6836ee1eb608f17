import { spawn } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', 'server', 'dist', 'src', 'cli.js');

/** How an operator command ended: its exit code (null when killed) and its output. */
export interface CommandRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/**
 * Runs `npm run cli -- <args>` as an operator does. With `killWhen`, polls it every 20 ms while
 * the command runs and sends SIGKILL the first time it says yes: a crash, the OOM killer or a
 * pulled plug, with no chance to clean up. Erasure (GDPR) and any later long command reuse it.
 */
export function runCommand(
  args: string[],
  env: Record<string, string>,
  killWhen?: () => Promise<boolean>,
): Promise<CommandRun> {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const ended = new Promise<CommandRun>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, output })),
  );
  if (killWhen) {
    let running = true;
    void ended.then(() => (running = false));
    void (async () => {
      while (running) {
        if (await killWhen().catch(() => false)) {
          child.kill('SIGKILL');
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
  }
  return ended;
}
