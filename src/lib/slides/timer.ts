/**
 * The presenter's timer and time budget. Time comes in as an argument (`now`, in ms), so the
 * rules are tested with a fixed clock and the browser passes `Date.now()`.
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

export interface Pace {
  /** Time left in the budget (negative when over). */
  remainingMs: number;
  over: boolean;
  /** The slide the plan expects now, spreading the budget evenly over the slides. */
  expectedSlide: number;
  /** Where the presenter is against that plan (one slide either way counts as on time). */
  status: 'ahead' | 'on-time' | 'behind';
}

/** How the session stands against the lesson's duration. */
export function paceOf(options: { elapsedMs: number; budgetMinutes: number; slide: number; slideCount: number }): Pace {
  const budgetMs = Math.max(1, options.budgetMinutes) * 60_000;
  const remainingMs = budgetMs - options.elapsedMs;
  const fraction = Math.min(1, Math.max(0, options.elapsedMs / budgetMs));
  const expectedSlide = Math.min(options.slideCount, 1 + Math.floor(fraction * options.slideCount));
  const status = options.slide < expectedSlide - 1 ? 'behind' : options.slide > expectedSlide + 1 ? 'ahead' : 'on-time';
  return { remainingMs, over: remainingMs < 0, expectedSlide, status };
}

/** Minutes each slide gets when a lesson's time is spread evenly, to the nearest half minute. */
export function minutesPerSlide(budgetMinutes: number, slideCount: number): number {
  if (slideCount < 1) return budgetMinutes;
  return Math.max(0.5, Math.round((budgetMinutes / slideCount) * 2) / 2);
}
