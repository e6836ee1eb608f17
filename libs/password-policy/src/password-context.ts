import { foldCase } from './normalise';

/** What is known about the person choosing the password, for the context-words rule. */
export interface PasswordContext {
  /** The firm's name ("Cabinet Martin & Associés"). */
  workspaceName?: string | null;
  /** The workspace's short code used at sign-in ("martin"). */
  workspaceCode?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  /** The e-mail address: its local part and domain words count, the top-level domain does not. */
  email?: string | null;
  /** The user's access code (sign-in identifier). */
  accessCode?: string | null;
  /** Any other word the caller wants refused. */
  otherWords?: readonly string[];
  /** Whether the user has a second factor: NIST's shorter minimum then applies. */
  hasSecondFactor?: boolean;
}

/** Where a context word comes from, reported when the password contains one. */
export type ContextSource = 'workspace' | 'name' | 'email' | 'access-code' | 'other';

/** A word the password must not contain, compacted and folded. */
export interface ContextWord {
  word: string;
  source: ContextSource;
}

/**
 * Context words shorter than this are ignored: "le", "de", "Léa" or a two-letter domain would
 * refuse far too many passwords for what they protect.
 */
export const CONTEXT_WORD_MIN_LENGTH = 4;

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** The words of a phrase, and the whole phrase compacted ("Jean-Pierre" → jean, pierre, jeanpierre). */
function wordsOf(text: string | null | undefined): string[] {
  if (!text) return [];
  const folded = foldCase(text);
  return [...folded.split(NOT_WORD), folded.replace(NOT_WORD, '')];
}

/** A phrase as one word: "Léa" + "Roux" → "learoux". */
function joined(text: string): string[] {
  return [foldCase(text).replace(NOT_WORD, '')];
}

function emailWords(email: string | null | undefined): string[] {
  if (!email) return [];
  const at = email.lastIndexOf('@');
  const local = at < 0 ? email : email.slice(0, at);
  // The last label is the top-level domain ("fr", "com"): nothing personal in it.
  const labels =
    at < 0
      ? []
      : email
          .slice(at + 1)
          .split('.')
          .slice(0, -1);
  return [...wordsOf(local), ...labels.flatMap((label) => wordsOf(label))];
}

/** The distinct context words of a context, long enough to count, with where each comes from. */
export function contextWords(context: PasswordContext): ContextWord[] {
  const sourced: Array<[ContextSource, string[]]> = [
    ['workspace', [...wordsOf(context.workspaceName), ...wordsOf(context.workspaceCode)]],
    [
      'name',
      [
        ...wordsOf(context.firstName),
        ...wordsOf(context.lastName),
        // "Léa Roux" is refused as "learoux" even though "lea" alone is too short to count.
        ...joined(`${context.firstName ?? ''}${context.lastName ?? ''}`),
        ...joined(`${context.lastName ?? ''}${context.firstName ?? ''}`),
      ],
    ],
    ['email', emailWords(context.email)],
    ['access-code', wordsOf(context.accessCode)],
    ['other', (context.otherWords ?? []).flatMap((word) => wordsOf(word))],
  ];
  const seen = new Set<string>();
  const words: ContextWord[] = [];
  for (const [source, list] of sourced) {
    for (const word of list) {
      if ([...word].length < CONTEXT_WORD_MIN_LENGTH || seen.has(word)) continue;
      seen.add(word);
      words.push({ word, source });
    }
  }
  return words;
}
