/**
 * Agenda clock times. A plan shows elapsed time from the start of the session (0:00, 0:10, …);
 * a trainer who types a start time (08:00) sees the real clock instead. Minutes are the only
 * unit here; times of day are minutes since midnight.
 */

/** One agenda row placed on the session's clock. */
export interface AgendaSlot {
  minutes: number;
  /** Minutes from the start of the session when this row begins. */
  start: number;
  /** Minutes from the start of the session when this row ends. */
  end: number;
}

const MINUTES_PER_DAY = 24 * 60;

/** Places each row after the one before it. */
export function agendaSlots(items: ReadonlyArray<{ minutes: number }>): AgendaSlot[] {
  let elapsed = 0;
  return items.map((item) => {
    const slot = { minutes: item.minutes, start: elapsed, end: elapsed + item.minutes };
    elapsed = slot.end;
    return slot;
  });
}

/** Total minutes of an agenda. */
export function agendaTotal(items: ReadonlyArray<{ minutes: number }>): number {
  return items.reduce((sum, item) => sum + item.minutes, 0);
}

/** Elapsed time as hours and minutes: 0 → `0:00`, 65 → `1:05`, 420 → `7:00`. */
export function formatElapsed(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** A time of day on a 24-hour clock: 480 → `08:00`; past midnight it wraps (1470 → `00:30`). */
export function formatClock(minutesSinceMidnight: number): string {
  const wrapped = ((Math.round(minutesSinceMidnight) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/**
 * Reads a start time the way trainers write it: `08:00`, `8:00`, `8h`, `8h30`, `8.30`, `14`.
 * Returns minutes since midnight, or null when it is not a time of day.
 */
export function parseClockTime(text: string): number | null {
  const match = /^(\d{1,2})(?:\s*[:h.]\s*(\d{2})?)?$/i.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/**
 * The time label of a row: elapsed (`0:10–0:22`) without a start time, the real clock
 * (`08:10–08:22`) with one.
 */
export function slotLabel(slot: Pick<AgendaSlot, 'start' | 'end'>, startOfDay: number | null = null): string {
  if (startOfDay === null) return `${formatElapsed(slot.start)}–${formatElapsed(slot.end)}`;
  return `${formatClock(startOfDay + slot.start)}–${formatClock(startOfDay + slot.end)}`;
}
