import { lengthOf } from './character-classes';
import { compact, foldCase, unleet } from './normalise';

/** Digits and symbols people add before or after a word ("Soleil2024!", "!!azerty"): up to 6. */
const MAX_AFFIX = 6;
const MIN_CANDIDATE_LENGTH = 3;
const LETTER = /\p{L}/u;

function runLength(characters: readonly string[], fromEnd: boolean): number {
  let run = 0;
  for (let i = 0; i < characters.length; i++) {
    const character = characters[fromEnd ? characters.length - 1 - i : i];
    if (LETTER.test(character)) break;
    run++;
  }
  return run;
}

/** "azertyazerty" → "azerty"; undefined when the text is not one unit repeated. */
function repeatedUnit(text: string): string | undefined {
  const period = (text + text).indexOf(text, 1);
  return period > 0 && period < text.length ? text.slice(0, period) : undefined;
}

/**
 * The strings to look up in the block-list for a password: in its folded and compacted forms
 * (lower case, no accents, without separators), stripped of a leading and a trailing run of up to
 * 6 digits or symbols (every split, since "$" or "4" may be leetspeak for a letter of the word),
 * with leetspeak undone, and the unit of a repeated word. "P@ssw0rd!", "Azerty123" and
 * "Mot-de-passe-2024" all give a candidate found in the list.
 */
export function blockListCandidates(password: string): string[] {
  const candidates = new Set<string>();
  for (const base of new Set([foldCase(password), compact(password)])) {
    const characters = Array.from(base);
    const lead = Math.min(runLength(characters, false), MAX_AFFIX);
    const trail = Math.min(runLength(characters, true), MAX_AFFIX);
    for (let start = 0; start <= lead; start++) {
      for (let cut = 0; cut <= trail; cut++) {
        const end = characters.length - cut;
        if (end - start < MIN_CANDIDATE_LENGTH) continue;
        const core = characters.slice(start, end).join('');
        for (const reading of new Set([core, ...unleet(core)])) {
          candidates.add(reading);
          const unit = repeatedUnit(reading);
          if (unit !== undefined && lengthOf(unit) >= MIN_CANDIDATE_LENGTH) candidates.add(unit);
        }
      }
    }
  }
  return [...candidates];
}
