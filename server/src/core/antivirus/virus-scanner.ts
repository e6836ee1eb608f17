/** What the antivirus said of one document. */
export type ScanVerdict = { clean: true } | { clean: false; threat: string };

/** The scanner could not give a verdict (unreachable, timed out, refused the stream). */
export class ScanUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScanUnavailableError';
  }
}

/** One document being scanned while it streams through. */
export interface ScanSession {
  /**
   * Sends the next bytes; a promise resolves when the scanner is ready for more (back-pressure),
   * nothing means it already is.
   */
  write(chunk: Buffer): Promise<void> | void;
  /** Ends the document and waits for the verdict. */
  finish(): Promise<ScanVerdict>;
  /** Gives up (the upload failed): closes the connection. */
  abort(): void;
}

/** Port: an antivirus that reads a document as a stream. */
export abstract class VirusScanner {
  /** False when no antivirus is configured: documents are then released unscanned. */
  abstract readonly enabled: boolean;

  /** Opens a session for one document; rejects with {@link ScanUnavailableError}. */
  abstract start(): Promise<ScanSession>;
}
