/** A command that cannot run as asked (a missing file, say): its message is the whole answer. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}
