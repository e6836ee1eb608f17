/**
 * A problem with the whole import (unknown workspace, unreadable file, bad header, a database
 * refusal): nothing was imported. Its message is for the operator and holds no personal data.
 */
export class LegacyImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LegacyImportError';
  }
}
