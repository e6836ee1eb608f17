// Public surface of @guichet/password-policy. Nothing here imports the word lists: they are
// reached only through loadDictionaries()'s dynamic import, so browsers fetch them lazily.
export * from './character-classes';
export * from './evaluate-password';
export * from './load-dictionaries';
export * from './messages';
export * from './normalise';
export * from './password-context';
export type * from './password-dictionaries';
export * from './password-expiry';
export * from './password-history';
export type * from './password-rule';
export * from './policy';
export * from './policy-warnings';
export * from './strength-analysis';
export * from './temporary-password';
