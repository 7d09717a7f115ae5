/** Searches to suggest on an empty search page, taken from the lessons' own keywords. */
import { foldVietnamese } from '../text/fold.ts';
import type { SearchDocument } from './document.ts';

/**
 * Up to `count` keywords, one lesson at a time, taking turns between tracks so every audience
 * sees something of theirs. Lessons in the page's language come before untranslated ones;
 * keywords differing only by diacritics count once.
 */
export function suggestedSearches(docs: readonly SearchDocument[], count: number): string[] {
  const ordered = [...docs.filter((d) => !d.lang), ...docs.filter((d) => d.lang)];
  const queues = new Map<string, string[]>();
  for (const doc of ordered) {
    const queue = queues.get(doc.track) ?? [];
    queue.push(...doc.keywords.slice(0, 2));
    queues.set(doc.track, queue);
  }
  const seen = new Set<string>();
  const picked: string[] = [];
  let progressed = true;
  while (picked.length < count && progressed) {
    progressed = false;
    for (const queue of queues.values()) {
      while (queue.length > 0) {
        const keyword = queue.shift()!;
        const key = foldVietnamese(keyword);
        if (seen.has(key)) continue;
        seen.add(key);
        picked.push(keyword);
        progressed = true;
        break;
      }
      if (picked.length >= count) break;
    }
  }
  return picked;
}
