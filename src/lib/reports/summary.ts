/**
 * The parts of the programme summary sentence, in the programmes' own wording ("tổ chức N buổi
 * tại X thôn, Y trường, thu hút Z lượt người tham gia"): the page picks the words, this says
 * which parts there are.
 */
import { PLACE_TYPES, type PlaceType } from '../sessions/schema.ts';

/** The kinds of place reached, with how many, in the programmes' order; kinds not reached are left out. */
export function placeParts(places: Readonly<Record<PlaceType, number>>): Array<{ type: PlaceType; n: number }> {
  return PLACE_TYPES.filter((type) => places[type] > 0).map((type) => ({ type, n: places[type] }));
}

/** A count for people: `21.000` in Vietnamese, `21,000` in English. */
export function formatCount(n: number, locale: string): string {
  return n.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB');
}
