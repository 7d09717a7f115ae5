/** Formats an ISO date (`2026-11-27`) for people: `27/11/2026` in Vietnamese, `27 November 2026` in English. */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    day: 'numeric',
    month: locale === 'vi' ? '2-digit' : 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
