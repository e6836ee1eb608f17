/** Body of every error answered by the API; the client translates `code`, never `message`. */
export interface ErrorBody {
  code: string;
  message: string;
  /** For validation errors (422): the codes of what is wrong, keyed by field. */
  fields?: Record<string, string[]>;
}
