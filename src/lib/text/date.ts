/** One formatter per language: making an `Intl.DateTimeFormat` costs far more than using it (every lesson page and paper shows a date). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string): Intl.DateTimeFormat {
  const key = locale === 'vi' ? 'vi' : 'en';
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(key === 'vi' ? 'vi-VN' : 'en-GB', { day: 'numeric', month: key === 'vi' ? '2-digit' : 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** Formats an ISO date (`2026-11-27`) for people: `27/11/2026` in Vietnamese, `27 November 2026` in English. */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatterFor(locale).format(date);
}
