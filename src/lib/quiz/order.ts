/**
 * The order options are shown in. A first attempt keeps the authored order — the page the
 * server sent (and the no-JavaScript page, and the printed paper with its key) shows the same,
 * so nothing moves under a finger while the page starts. A retry shuffles, so a learner cannot
 * pass by remembering places.
 */

/** Fisher–Yates with an injected random source (Math.random in the browser, a seed in tests). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Option ids per question id, in display order: authored for attempt 1, shuffled after. A
 * shuffle that happens to give the authored order back is shuffled again (with 2+ options).
 */
export function optionOrder(
  questions: ReadonlyArray<{ id: string; options: ReadonlyArray<{ id: string }> }>,
  attempt: number,
  random: () => number,
): Record<string, string[]> {
  return Object.fromEntries(
    questions.map((question) => {
      const authored = question.options.map((option) => option.id);
      if (attempt <= 1 || authored.length < 2) return [question.id, authored];
      let order = shuffled(authored, random);
      for (let tries = 0; tries < 5 && order.join() === authored.join(); tries++) order = shuffled(authored, random);
      return [question.id, order];
    }),
  );
}
