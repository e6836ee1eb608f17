/**
 * Single word lists of the zxcvbn language packages, imported one by one so that only the lists
 * worth their size are shipped (a package's index brings all of its lists). Each list is ordered
 * most frequent first; the word sequences are named lists (months, days…) of the language.
 */
declare module '@zxcvbn-ts/language-fr/dist/commonWords.json.cjs' {
  const words: string[];
  export default words;
}
declare module '@zxcvbn-ts/language-fr/dist/firstnames.json.cjs' {
  const words: string[];
  export default words;
}
declare module '@zxcvbn-ts/language-fr/dist/lastnames.json.cjs' {
  const words: string[];
  export default words;
}
declare module '@zxcvbn-ts/language-fr/dist/wordSequences.json.cjs' {
  const sequences: Record<string, string[]>;
  export default sequences;
}
declare module '@zxcvbn-ts/language-en/dist/firstnames.json.cjs' {
  const words: string[];
  export default words;
}
declare module '@zxcvbn-ts/language-en/dist/wordSequences.json.cjs' {
  const sequences: Record<string, string[]>;
  export default sequences;
}
