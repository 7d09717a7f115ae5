/**
 * Which query words stand side by side in a lesson ("công an" as one phrase, not "an toàn" in one
 * sentence and "công việc" in another), read from the word positions the shards hold for the
 * query's own terms — no lesson text is needed to rank.
 */
import { eachWordOf, type SearchIndex } from './load.ts';

/**
 * How many pairs of neighbouring query words (first and second, second and third …) stand side
 * by side, in that order, within one phrase somewhere in the lesson. `wordTerms[w]` lists the
 * terms query word w counts as (its exact form, its folded form when typed without marks, its
 * prefixes); their shards must be loaded.
 */
export function adjacentPairs(index: SearchIndex, ref: number, wordTerms: ReadonlyArray<readonly number[]>): number {
  if (wordTerms.length < 2) return 0;
  const sets = wordTerms.map((terms) => {
    const positions = new Set<number>();
    for (const term of terms) eachWordOf(index, term, ref, (position) => positions.add(position));
    return positions;
  });
  let pairs = 0;
  for (let w = 0; w + 1 < sets.length; w++) {
    const next = sets[w + 1]!;
    // Word k sits at 2k or 2k + 1; the word after it continues the phrase only at 2k + 2.
    for (const position of sets[w]!) {
      if (next.has((position & ~1) + 2)) {
        pairs += 1;
        break;
      }
    }
  }
  return pairs;
}
