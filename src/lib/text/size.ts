/** Sizes of text and files as people read them. */

/**
 * `204800` → `200 KB`, `1153434` → `1,1 MB` (in Vietnamese). Rounded up, so anything over a
 * limit never reads as the limit itself.
 */
export function formatSize(bytes: number, locale: string): string {
  const format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  const up = (value: number) => format.format(Math.ceil(value * 10) / 10);
  return bytes < 1024 * 1024 ? `${up(bytes / 1024)} KB` : `${up(bytes / (1024 * 1024))} MB`;
}
