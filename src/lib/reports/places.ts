/**
 * Telling places and trainers apart when many people typed them: names are compared after
 * normalising (Unicode NFC, case, spacing, old and new tone placement, and — for places — a
 * leading "thôn", "bản", "trường", "phường" or "xã"), and only within the same kind of place:
 * "Thôn Nà Phìn", "nà  phìn" and "Bản Nà Phìn" are one village, while the school "Trường Nà
 * Phìn" is another place. Spellings normalising can not catch, the coordinator merges by hand.
 */
import { normalizeVietnamese } from '../text/fold.ts';
import type { PlaceType, SessionReport } from '../sessions/schema.ts';
import type { PlaceMerge } from './schema.ts';

/** Words that say what kind of place follows; dropped from the front of a name. */
const LEADING_WORDS = new Set(['thôn', 'bản', 'trường', 'phường', 'xã']);

/** Case, spacing and tone placement put aside: `  Sở  Tư pháp ` → `sở tư pháp`. */
export function normalizeName(name: string): string {
  return normalizeVietnamese(name.normalize('NFC').trim().replace(/\s+/g, ' '));
}

/** A place name as it is compared: `Thôn  Nà Phìn` → `nà phìn` (a name that is only the word stays). */
export function normalizePlaceName(name: string): string {
  const words = normalizeName(name).split(' ');
  return words.length > 1 && LEADING_WORDS.has(words[0]!) ? words.slice(1).join(' ') : words.join(' ');
}

/** A place as counted: its kind and its name after normalising and the coordinator's merges. */
export interface PlaceId {
  type: PlaceType;
  key: string;
}

/** Follows the coordinator's merges from a normalised name to the name it counts as (a loop stops where it started). */
export function resolvePlace(merges: readonly PlaceMerge[], type: PlaceType, key: string): string {
  const seen = new Set<string>([key]);
  let current = key;
  for (;;) {
    const next = merges.find((merge) => merge.type === type && merge.from === current)?.into;
    if (next === undefined || seen.has(next)) return current;
    seen.add(next);
    current = next;
  }
}

/** Where a report was held, as counted; null when no place name was typed. */
export function placeOf(report: Pick<SessionReport, 'placeType' | 'place'>, merges: readonly PlaceMerge[]): PlaceId | null {
  const key = normalizePlaceName(report.place);
  return key ? { type: report.placeType, key: resolvePlace(merges, report.placeType, key) } : null;
}

/** One place reached, with the spellings it was typed as and what happened there. */
export interface PlaceGroup extends PlaceId {
  /** Spellings as typed (the first is the name shown): the place's own before those merged into it, most used first. */
  names: string[];
  /** The normalised names merged into this place (its own first). */
  keys: string[];
  sessions: number;
  attendances: number;
}

/** Places reached by `reports`, by kind then name; sessions without a place name are left to the caller. */
export function placeGroups(
  reports: ReadonlyArray<Pick<SessionReport, 'placeType' | 'place'> & { attendances: number }>,
  merges: readonly PlaceMerge[],
  locale = 'vi',
): PlaceGroup[] {
  const groups = new Map<string, PlaceGroup & { counts: Map<string, number> }>();
  for (const report of reports) {
    const place = placeOf(report, merges);
    if (!place) continue;
    const id = `${place.type}\u0000${place.key}`;
    let group = groups.get(id);
    if (!group) {
      group = { ...place, names: [], keys: [place.key], sessions: 0, attendances: 0, counts: new Map() };
      groups.set(id, group);
    }
    const typed = report.place.trim().replace(/\s+/g, ' ');
    group.counts.set(typed, (group.counts.get(typed) ?? 0) + 1);
    const own = normalizePlaceName(report.place);
    if (!group.keys.includes(own)) group.keys.push(own);
    group.sessions++;
    group.attendances += report.attendances;
  }
  // Between spellings typed as often, the capitalised one names the place ("Thôn Nà Hang", not "thôn nà hang").
  const collator = new Intl.Collator(locale, { caseFirst: 'upper' });
  return [...groups.values()]
    .map(({ counts, ...group }) => {
      // The place merged into is named by its own spelling; then the spelling typed most often.
      const merged = (name: string) => Number(normalizePlaceName(name) !== group.key);
      return {
        ...group,
        names: [...counts.entries()].sort((a, b) => merged(a[0]) - merged(b[0]) || b[1] - a[1] || collator.compare(a[0], b[0])).map(([name]) => name),
      };
    })
    .sort((a, b) => a.type.localeCompare(b.type) || collator.compare(a.names[0]!, b.names[0]!));
}

/** Distinct places reached, per kind. */
export function distinctPlaces(places: readonly PlaceId[]): Record<PlaceType, number> {
  const seen = new Set(places.map((place) => `${place.type}\u0000${place.key}`));
  const counts: Record<PlaceType, number> = { village: 0, school: 0, ward: 0, other: 0 };
  for (const id of seen) counts[id.split('\u0000')[0] as PlaceType]++;
  return counts;
}

/** Why two places cannot be merged. */
export type MergeProblem = 'different-kinds' | 'same-place';

/**
 * Merges place `from` into place `into` (both as counted now). Every spelling already merged
 * into `from` follows it. Places of different kinds are never merged.
 */
export function addPlaceMerge(merges: readonly PlaceMerge[], from: PlaceId, into: PlaceId): { ok: true; merges: PlaceMerge[] } | { ok: false; problem: MergeProblem } {
  if (from.type !== into.type) return { ok: false, problem: 'different-kinds' };
  const source = resolvePlace(merges, from.type, from.key);
  const target = resolvePlace(merges, into.type, into.key);
  if (source === target) return { ok: false, problem: 'same-place' };
  return { ok: true, merges: [...merges, { type: from.type, from: source, into: target }] };
}

/** Undoes the merges that made up a place: each spelling counts on its own again. */
export function undoPlaceMerges(merges: readonly PlaceMerge[], place: PlaceId): PlaceMerge[] {
  return merges.filter((merge) => merge.type !== place.type || resolvePlace(merges, merge.type, merge.from) !== place.key);
}
