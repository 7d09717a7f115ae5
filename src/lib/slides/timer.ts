/**
 * The presenter's timer and time budget. Time comes in as an argument (`now`, in ms), so the
 * rules are tested with a fixed clock and the browser passes `Date.now()`.
 *
 * The title slide is up while people settle; the lesson's time starts when the presenter
 * first changes slide, so the timer starts then (or with its button), and the lesson's
 * minutes are planned over the slides after the title slide.
 */

export interface TimerState {
  running: boolean;
  /** When the current run started (ms); meaningless while paused. */
  startedAt: number;
  /** Time counted before the current run. */
  accumulatedMs: number;
}

/** A timer that has not started. */
export const RESET_TIMER: TimerState = { running: false, startedAt: 0, accumulatedMs: 0 };

export function elapsedMs(timer: TimerState, now: number): number {
  return timer.accumulatedMs + (timer.running ? Math.max(0, now - timer.startedAt) : 0);
}

export function startTimer(timer: TimerState, now: number): TimerState {
  return timer.running ? timer : { running: true, startedAt: now, accumulatedMs: timer.accumulatedMs };
}

/** True for a timer nobody has started yet (or one just reset). */
export function isFresh(timer: TimerState): boolean {
  return !timer.running && timer.accumulatedMs === 0;
}

/**
 * The timer after a slide change: a fresh timer starts (the lesson begins when the presenter
 * leaves the first slide shown); a running or paused one is left as the presenter set it.
 */
export function timerOnSlideChange(timer: TimerState, now: number): TimerState {
  return isFresh(timer) ? startTimer(timer, now) : timer;
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  return timer.running ? { running: false, startedAt: 0, accumulatedMs: elapsedMs(timer, now) } : timer;
}

/** A saved timer (e.g. from sessionStorage), or a reset one when the value is not a timer. */
export function readTimerState(value: unknown): TimerState {
  if (typeof value !== 'object' || value === null) return RESET_TIMER;
  const { running, startedAt, accumulatedMs } = value as Record<string, unknown>;
  if (typeof running !== 'boolean' || typeof startedAt !== 'number' || typeof accumulatedMs !== 'number') return RESET_TIMER;
  if (!Number.isFinite(startedAt) || !Number.isFinite(accumulatedMs) || accumulatedMs < 0) return RESET_TIMER;
  return { running, startedAt, accumulatedMs };
}

/** `m:ss` under an hour, `h:mm:ss` from an hour (sign dropped: callers say "over" themselves). */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** A wall-clock time as `HH:MM` (24-hour, as read in Vietnam). */
export function formatClock(hours: number, minutes: number): string {
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** When the plan has a slide on screen, in ms of the timer. */
export interface PlannedSlide {
  startMs: number;
  endMs: number;
}

/**
 * The planned time of every slide: the title slide takes none (it is up before the timer
 * starts); the lesson's minutes are spread evenly over the slides after it. A one-slide deck
 * has the whole budget on its only slide.
 */
export function plannedSlides(budgetMinutes: number, slideCount: number): PlannedSlide[] {
  const budgetMs = Math.max(1, budgetMinutes) * 60_000;
  if (slideCount <= 1) return slideCount === 1 ? [{ startMs: 0, endMs: budgetMs }] : [];
  const perSlide = budgetMs / (slideCount - 1);
  return Array.from({ length: slideCount }, (_, index) =>
    index === 0 ? { startMs: 0, endMs: 0 } : { startMs: Math.round((index - 1) * perSlide), endMs: Math.round(index * perSlide) },
  );
}

export interface Pace {
  /** Time left in the budget (negative when over). */
  remainingMs: number;
  over: boolean;
  /** When the plan has the current slide on screen. */
  planned: PlannedSlide;
  /**
   * Elapsed time against the current slide's planned time: ahead when this slide was reached
   * before its planned start, behind when it is still up after its planned end.
   */
  status: 'ahead' | 'on-time' | 'behind';
  /** How far ahead or behind (0 when on time). */
  differenceMs: number;
}

/** How the session stands against the lesson's duration and the plan up to the current slide. */
export function paceOf(options: { elapsedMs: number; budgetMinutes: number; slide: number; slideCount: number }): Pace {
  const budgetMs = Math.max(1, options.budgetMinutes) * 60_000;
  const remainingMs = budgetMs - options.elapsedMs;
  const plan = plannedSlides(options.budgetMinutes, Math.max(1, options.slideCount));
  const planned = plan[Math.min(plan.length, Math.max(1, options.slide)) - 1]!;
  const { elapsedMs } = options;
  const status = elapsedMs < planned.startMs ? 'ahead' : elapsedMs > planned.endMs ? 'behind' : 'on-time';
  const differenceMs = status === 'ahead' ? planned.startMs - elapsedMs : status === 'behind' ? elapsedMs - planned.endMs : 0;
  return { remainingMs, over: remainingMs < 0, planned, status, differenceMs };
}

/** Minutes each slide after the title slide gets (as the presenter's plan spreads them), to the nearest half minute. */
export function minutesPerSlide(budgetMinutes: number, slideCount: number): number {
  if (slideCount <= 1) return budgetMinutes;
  return Math.max(0.5, Math.round((budgetMinutes / (slideCount - 1)) * 2) / 2);
}
