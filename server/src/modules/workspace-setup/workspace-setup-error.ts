/**
 * A firm that cannot be created or configured as asked (a slug taken, a bad setting): nothing was
 * written. Its message is for the operator and holds no personal data.
 */
export class WorkspaceSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceSetupError';
  }
}
