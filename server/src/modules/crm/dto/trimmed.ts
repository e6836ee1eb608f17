import { Transform } from 'class-transformer';

/** Trims a string input (other types pass through, for the validators to refuse). */
export const Trimmed = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
