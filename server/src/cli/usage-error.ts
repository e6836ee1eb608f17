import { CommandError } from './command-error';

/** Arguments the command line cannot run; the usage follows the message. */
export class UsageError extends CommandError {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
