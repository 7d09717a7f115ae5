/** A copy of the site older than this many months shows a gentle "may be out of date" banner. */
export const STALE_AFTER_MONTHS = 12;

/** True when `buildDate` (ISO) is more than `months` calendar months before `now`. */
export function isBuildStale(buildDate: string, now: Date, months = STALE_AFTER_MONTHS): boolean {
  const built = new Date(buildDate);
  if (Number.isNaN(built.getTime())) return false;
  const limit = new Date(built);
  limit.setUTCMonth(limit.getUTCMonth() + months);
  return now.getTime() > limit.getTime();
}
