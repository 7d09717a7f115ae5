/**
 * Session plans and their tests as a page in one locale shows them: order, the session a test
 * belongs to, and facilitator notes nested under the page's own heading (translation fallback
 * is `localize`, src/lib/content/localize.ts). Pure: entries come in as arguments.
 */
import type { RootContent } from 'mdast';

/** Sessions in their listed order (then by slug, so the order never depends on file order). */
export function sortByOrder<T extends { entry: { data: { order: number } }; slug: string }>(items: Iterable<T>): T[] {
  return [...items].sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
}

/** The session whose pre- or post-test is `quizSlug`, if any. */
export function sessionOfQuiz<T extends { slug: string; entry: { data: { preTest?: string; postTest?: string } } }>(
  sessions: Iterable<T>,
  quizSlug: string,
): T | undefined {
  for (const session of sessions) {
    if (session.entry.data.preTest === quizSlug || session.entry.data.postTest === quizSlug) return session;
  }
  return undefined;
}

/**
 * Moves headings down `levels` (## → ###), so facilitator notes written with `##` sit under
 * the page's own "Facilitator notes" heading. Never deeper than h6.
 */
export function nestHeadings(nodes: ReadonlyArray<RootContent>, levels: number): RootContent[] {
  const shift = (node: RootContent): RootContent => {
    if (node.type === 'heading') return { ...node, depth: Math.min(6, node.depth + levels) as 1 | 2 | 3 | 4 | 5 | 6 };
    if ('children' in node && Array.isArray(node.children)) {
      return { ...node, children: (node.children as RootContent[]).map(shift) } as RootContent;
    }
    return node;
  };
  return nodes.map(shift);
}

/** The letter printed before an option on paper and typed into the report: 0 → `A`. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/**
 * Reads letters typed for one question (`a`, `B`, `a, c`, `AC`) as option ids, in option
 * order. Returns null when a letter is not one of the question's options.
 */
export function lettersToOptionIds(text: string, optionIds: readonly string[]): string[] | null {
  const letters = text.toUpperCase().replace(/[\s,;/+]+/g, '');
  const chosen = new Set<number>();
  for (const letter of letters) {
    const index = letter.charCodeAt(0) - 65;
    if (index < 0 || index >= optionIds.length) return null;
    chosen.add(index);
  }
  return [...chosen].sort((a, b) => a - b).map((index) => optionIds[index]!);
}

/** Option ids back to letters (`['a','c']` → `AC`), in option order. */
export function optionIdsToLetters(ids: readonly string[], optionIds: readonly string[]): string {
  return optionIds
    .map((id, index) => (ids.includes(id) ? optionLetter(index) : ''))
    .join('');
}
