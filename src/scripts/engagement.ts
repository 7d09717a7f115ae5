/**
 * Runs `task` once, at the learner's first sign of reading: a scroll, a key, a touch or a
 * click — or when the page is already scrolled (a reload, a link to a section). Used to load
 * non-essential code after the first paint instead of with it.
 */
const EVENTS = ['scroll', 'keydown', 'pointerdown', 'touchstart', 'wheel'] as const;

export function onFirstEngagement(task: () => unknown): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    for (const name of EVENTS) window.removeEventListener(name, run, true);
    void task();
  };
  if (window.scrollY > 0 || location.hash) {
    run();
    return;
  }
  for (const name of EVENTS) window.addEventListener(name, run, { capture: true, passive: true });
}
