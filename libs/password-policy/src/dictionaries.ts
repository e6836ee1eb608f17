// The client compiles this file through the path alias, in a program that includes none of the
// library's own files: the reference brings the word lists' declarations along (no import can).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./zxcvbn-word-lists.d.ts" />
/*
 * The heavy part, reached only through `loadDictionaries()`'s dynamic import so that a browser
 * downloads it in a lazy chunk. What is shipped, gzip (see test/bench/password-policy.bench.mjs):
 * zxcvbn's common passwords, diceware words and keyboard graphs, the French common words and
 * first/last names, the English first names, both languages' word sequences, and our list. Left
 * out for size: the Wikipedia lists and the English common words and last names (≈ 600 kB gzip
 * together, over the 400 kB budget of the lazy chunk); English words people use as passwords are
 * in the common-passwords list, which comes from leaked English-speaking accounts.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import firstnamesEn from '@zxcvbn-ts/language-en/dist/firstnames.json.cjs';
import wordSequencesEn from '@zxcvbn-ts/language-en/dist/wordSequences.json.cjs';
import commonWordsFr from '@zxcvbn-ts/language-fr/dist/commonWords.json.cjs';
import firstnamesFr from '@zxcvbn-ts/language-fr/dist/firstnames.json.cjs';
import lastnamesFr from '@zxcvbn-ts/language-fr/dist/lastnames.json.cjs';
import wordSequencesFr from '@zxcvbn-ts/language-fr/dist/wordSequences.json.cjs';
import { lengthOf } from './character-classes';
import { COMMON_PASSWORDS } from './common-passwords';
import { compact, foldCase } from './normalise';
import type { PasswordDictionaries, StrengthAnalysis } from './password-dictionaries';
import { STRENGTH_WINDOW, type ZxcvbnScore } from './strength-analysis';

/** Words shorter than this in the word lists do not make a password common ("le", "a"). */
const MIN_COMMON_WORD_LENGTH = 3;

/**
 * How many leetspeak readings zxcvbn tries. Its default (100) costs about a second on a
 * 64-character password full of digits and symbols; the full substitution is always tried first,
 * and the evaluator's own block-list check undoes leetspeak on the whole password anyway.
 */
const LEET_READINGS = 4;

/**
 * The word sequences zxcvbn looks for ("lundimardi", "unDeuxTrois"), French and English. Each
 * sequence list makes zxcvbn run its dictionary and leetspeak matching once more, and the 14
 * kinds of both languages tripled the time of a 64-character password: we keep the three that
 * people put in passwords. The others' words stay in the block-list.
 */
const WORD_SEQUENCES = ['cardinalNumbers', 'daysOfWeek', 'months'];

function keptSequences(lists: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(lists).filter(([name]) =>
      WORD_SEQUENCES.some((kind) => name.startsWith(`${kind}-`)),
    ),
  );
}

/**
 * Merges ranked lists into one, each word at its best rank. zxcvbn checks every substring of the
 * password against every list, so fewer lists is proportionally less work.
 */
function mergeRanked(...lists: ReadonlyArray<readonly (string | number)[]>): string[] {
  const best = new Map<string, number>();
  for (const list of lists) {
    list.forEach((entry, rank) => {
      const word = String(entry).toLowerCase();
      const known = best.get(word);
      if (known === undefined || rank < known) best.set(word, rank);
    });
  }
  return [...best.entries()].sort((a, b) => a[1] - b[1]).map(([word]) => word);
}

const ASCII = /^[\x20-\x7e]*$/;
const SEPARATED = /([\s\-_.]+)/u;
const SHORT_WORD = /^\p{L}{1,2}$/u;

function addFolded(set: Set<string>, entries: readonly (string | number)[]): void {
  for (const entry of entries) {
    const word = String(entry);
    if (ASCII.test(word)) {
      const lower = word.toLowerCase();
      if (lower.length >= MIN_COMMON_WORD_LENGTH) set.add(lower);
      continue;
    }
    for (const form of [foldCase(word), compact(word)]) {
      if (lengthOf(form) >= MIN_COMMON_WORD_LENGTH) set.add(form);
    }
  }
}

/** Builds the word lists and the zxcvbn estimator (≈ 0.2–0.4 s, once). */
export function createPasswordDictionaries(): PasswordDictionaries {
  const passwords = mergeRanked(COMMON_PASSWORDS, commonDictionary['passwords-common']);
  const names = mergeRanked(firstnamesFr, lastnamesFr, firstnamesEn);
  const sequences = { ...wordSequencesFr, ...wordSequencesEn };
  const zxcvbn = new ZxcvbnFactory({
    dictionary: {
      passwords,
      commonWords: commonWordsFr,
      diceware: commonDictionary['diceware-common'],
      names,
      ...keptSequences(sequences),
    },
    graphs: adjacencyGraphs,
    l33tMaxSubstitutions: LEET_READINGS,
  });

  const common = new Set<string>();
  addFolded(common, passwords);
  addFolded(common, commonWordsFr);
  addFolded(common, commonDictionary['diceware-common']);
  addFolded(common, names);
  for (const list of Object.values(sequences)) addFolded(common, list);

  /**
   * What looks random in a stretch zxcvbn brute-forced: zxcvbn brute-forces a phrase of short
   * common words ("le chat est sur le toit") rather than pay its penalty for long sequences of
   * matches, and those words must not be re-counted as random characters. The separators and
   * the words of the stretch, or its one- and two-letter pieces, are left out.
   */
  const randomLooking = (token: string): string =>
    token
      .split(SEPARATED)
      .filter((_part, index) => index % 2 === 0)
      .filter((part) => !SHORT_WORD.test(part) && !common.has(foldCase(part)))
      .join('');

  return {
    isCommon: (candidate) => common.has(candidate),
    analyse(password, userInputs): StrengthAnalysis {
      const window = Array.from(password).slice(0, STRENGTH_WINDOW).join('');
      const result = zxcvbn.check(window, [...userInputs]);
      const bruteforced = result.sequence
        .filter((match) => match.pattern === 'bruteforce')
        .map((match) => randomLooking(match.token))
        .join('');
      return {
        score: result.score as ZxcvbnScore,
        guessesLog2: result.guessesLog10 * Math.log2(10),
        bruteforced,
        analysedLength: lengthOf(window),
      };
    },
  };
}
