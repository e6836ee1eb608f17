import { gsm7Units } from './gsm7-alphabet';

/** How an SMS text travels and what it costs. */
export interface SmsMeasure {
  encoding: 'GSM-7' | 'UCS-2';
  /** GSM-7 septets, or UTF-16 code units for UCS-2 (an emoji takes two). */
  units: number;
  /** SMS billed: a text longer than one SMS is split into parts that each lose room to a header. */
  segments: number;
}

const CAPACITY = {
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
} as const;

/**
 * Measures a text the way a phone network splits it: GSM-7 when every character is in the GSM
 * 03.38 tables, UCS-2 otherwise. Parts are filled exactly: an escape pair (GSM) or a surrogate
 * pair (UCS-2) is never cut, so a part may hold one unit less than its capacity. An empty text
 * still takes one SMS.
 */
export function measureSms(text: string): SmsMeasure {
  const chars = [...text];
  const gsm = chars.map(gsm7Units);
  if (gsm.every((units) => units !== undefined)) {
    return split('GSM-7', gsm as number[]);
  }
  return split(
    'UCS-2',
    chars.map((char) => char.length),
  );
}

function split(encoding: SmsMeasure['encoding'], costs: number[]): SmsMeasure {
  const { single, part } = CAPACITY[encoding];
  const units = costs.reduce((sum, cost) => sum + cost, 0);
  if (units <= single) return { encoding, units, segments: 1 };
  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > part) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return { encoding, units, segments };
}
