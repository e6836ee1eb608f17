import type { PasswordDictionaries } from './password-dictionaries';

let loading: Promise<PasswordDictionaries> | undefined;

/**
 * Loads the word lists and the zxcvbn estimator once. The import is dynamic: a browser bundle
 * puts them in a lazy chunk fetched on the first call (call it when a password page opens), and
 * the server calls it at start. A failed load (a chunk the network lost) can be retried.
 */
export function loadDictionaries(): Promise<PasswordDictionaries> {
  loading ??= import('./dictionaries')
    .then((module) => module.createPasswordDictionaries())
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
