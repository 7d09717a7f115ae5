/** Building blocks shared by the content schemas. */
import { z } from 'astro/zod';
import { customIssue } from '../lib/validation/problems.ts';

/** The four audiences. The set is fixed: routes, progress and printed materials rely on it. */
export const TRACKS = ['student', 'teacher', 'trainer', 'community'] as const;
export const trackSchema = z.enum(TRACKS);
export type Track = z.infer<typeof trackSchema>;

/** Age bands a teacher uses to choose lessons (content guide: 15+ for sexual exploitation). */
export const AGE_BANDS = ['11+', '13+', '15+', 'adult'] as const;
export const ageBandSchema = z.enum(AGE_BANDS);
export type AgeBand = z.infer<typeof ageBandSchema>;

/** A stable id: lower-case ASCII letters, digits and hyphens (slugs, question and option ids). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z.string().refine((value) => ID_PATTERN.test(value), {
  params: customIssue(
    { en: 'an id may use only a–z, 0–9 and single hyphens', vi: 'mã chỉ được dùng chữ a–z, số 0–9 và dấu gạch nối' },
    { en: 'write it like: dau-hieu-1 (no spaces, accents or capitals)', vi: 'viết theo mẫu: dau-hieu-1 (không dấu cách, không dấu, không chữ hoa)' },
  ),
});

/** Non-empty text. */
export const textSchema = z.string().trim().min(1);

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * A calendar date written YYYY-MM-DD. YAML turns an unquoted date into a Date object, so both
 * forms are accepted and the output is always the `YYYY-MM-DD` string.
 */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().refine(isIsoDate, {
    params: customIssue(
      { en: 'expected a date written YYYY-MM-DD', vi: 'cần ngày viết theo dạng YYYY-MM-DD' },
      { en: 'write the date like 2026-11-27', vi: 'viết ngày theo mẫu 2026-11-27' },
    ),
  }),
);

/** A source a lesson relies on (content guide: every fact cites one). */
export const sourceSchema = z.strictObject({
  /** Title of the article, law or report. */
  title: textSchema,
  /** Who published it (newspaper, ministry, organisation). */
  publisher: textSchema,
  /** Year of publication. */
  year: z.number().int().min(1990).max(2100),
  /** Web address, when there is one (shown as text: the site never links out by surprise). */
  url: z.url({ protocol: /^https?$/ }).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** A title and one-line summary in another language, for a file whose body is not translated. */
export const titleSummarySchema = z.strictObject({
  title: textSchema,
  summary: textSchema,
});

/**
 * Titles and summaries in other languages, kept in the default-locale file
 * (`translations: { en: { title, summary } }`). Pages in that language show them where the
 * body has no translation; they never count as a translation of the body.
 */
export const translationsSchema = z.record(z.string().regex(/^[a-z]{2}$/), titleSummarySchema);
export type Translations = z.infer<typeof translationsSchema>;
