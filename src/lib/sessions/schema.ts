/**
 * Session reports a trainer keeps in the browser: headcounts and paper pre/post results of
 * each session held. Validated on every read in the browser, so it uses `zod/mini`.
 * Nothing here holds a participant's name: sheets are numbered, headcounts are counts.
 */
import * as z from 'zod/mini';

/** Format of the stored and exported reports; older formats are upgraded by ./migrate.ts. */
export const REPORTS_VERSION = 2;

/** Age groups the programmes count (the village-meeting plan lists the same). */
export const AGE_GROUPS = ['under16', 'from16to17', 'from18to35', 'from36to59', 'from60'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** How paper results were entered: every sheet, or a count of right answers per question. */
export const ENTRY_METHODS = ['sheets', 'tallies'] as const;
export type EntryMethod = (typeof ENTRY_METHODS)[number];

/** Kinds of place a session is held in, as the programmes count them (thôn/bản, trường, xã/phường). */
export const PLACE_TYPES = ['village', 'school', 'ward', 'other'] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

/** A report id: random base64url. */
export const REPORT_ID = /^[A-Za-z0-9_-]{6,32}$/;

// Limits the screens enforce before anything is saved: the same numbers as the schema below,
// so nothing typed on screen can make the stored record unreadable.

/** Most people one count can hold. */
export const MAX_COUNT = 100_000;
/** Most paper sheets one test can hold. */
export const MAX_SHEETS = 1000;
/** A report's date: YYYY-MM-DD with a four-digit year, or empty until typed. */
export const REPORT_DATE = /^(?:\d{4}-\d{2}-\d{2})?$/;
/** The latest day a date field offers (a date picker otherwise takes years of five or six digits). */
export const LATEST_REPORT_DATE = '9999-12-31';
export const MAX_PLACE_LENGTH = 200;
export const MAX_TRAINER_LENGTH = 120;
export const MAX_NOTES_LENGTH = 4000;

/** An ISO 8601 time as `Date.toISOString()` writes it (a file with anything else is refused). */
export const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

const count = z.int().check(z.minimum(0), z.maximum(MAX_COUNT));

/** Who came, as counts only. */
export const headcountSchema = z.object({
  female: count,
  male: count,
  /** Participants per age group (counted separately from sex, as a show of hands is). */
  age: z.object({
    under16: count,
    from16to17: count,
    from18to35: count,
    from36to59: count,
    from60: count,
  }),
  /** Optional: participants from an ethnic minority, counted together — never asked one by one. */
  ethnicMinority: z.optional(count),
});
export type Headcount = z.infer<typeof headcountSchema>;

/** One paper sheet: chosen option ids per question id. A sheet has a number, never a name. */
export const sheetSchema = z.record(z.string(), z.array(z.string()));
export type Sheet = z.infer<typeof sheetSchema>;

const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/** Which stand-alone test was used, and its edition (the `version` of its YAML file). */
export const testStampSchema = z.object({
  slug,
  version: z.int().check(z.minimum(1), z.maximum(999)),
});
export type TestStamp = z.infer<typeof testStampSchema>;

/** The results of one test (pre or post). Both ways of entering are kept, so switching loses nothing. */
export const testEntrySchema = z.object({
  /** The test and edition the results belong to; null in reports made before it was recorded. */
  test: z.nullable(testStampSchema),
  method: z.enum(ENTRY_METHODS),
  sheets: z.array(sheetSchema).check(z.maxLength(MAX_SHEETS)),
  /** Tallies: how many people answered (hands counted, sheets counted). */
  respondents: count,
  /** Tallies: how many answered each question right, by question id. */
  correct: z.record(z.string(), count),
});
export type TestEntry = z.infer<typeof testEntrySchema>;

/** One session held. */
export const reportSchema = z.object({
  id: z.string().check(z.regex(REPORT_ID)),
  /** Slug of the session plan. */
  session: slug,
  /** The trainer's name or unit (a trainer, never a participant); empty in older reports. */
  trainer: z.string().check(z.maxLength(MAX_TRAINER_LENGTH)),
  /** What kind of place it was held in. */
  placeType: z.enum(PLACE_TYPES),
  /** Day it was held, YYYY-MM-DD (empty until typed). */
  date: z.string().check(z.regex(REPORT_DATE)),
  /** Village, school or ward — a place, not a person. */
  place: z.string().check(z.maxLength(MAX_PLACE_LENGTH)),
  /** The trainer's notes for the report (questions raised, difficulties); no names. */
  notes: z.string().check(z.maxLength(MAX_NOTES_LENGTH)),
  headcount: headcountSchema,
  pre: testEntrySchema,
  post: testEntrySchema,
  /** When the report was started and last changed: ISO times (the newer copy wins an import). */
  createdAt: z.string().check(z.regex(ISO_TIME)),
  updatedAt: z.string().check(z.regex(ISO_TIME)),
  /** The format a report was upgraded from (its trainer, place type and test edition were not recorded). */
  migratedFrom: z.optional(z.int()),
});
export type SessionReport = z.infer<typeof reportSchema>;

export const reportsRecordSchema = z.object({
  version: z.literal(REPORTS_VERSION),
  reports: z.array(reportSchema),
});
export type ReportsRecord = z.infer<typeof reportsRecordSchema>;

export function emptyReportsRecord(): ReportsRecord {
  return { version: REPORTS_VERSION, reports: [] };
}

export function emptyTestEntry(test: TestStamp | null = null): TestEntry {
  return { test, method: 'tallies', sheets: [], respondents: 0, correct: {} };
}

export function emptyHeadcount(): Headcount {
  return { female: 0, male: 0, age: { under16: 0, from16to17: 0, from18to35: 0, from36to59: 0, from60: 0 } };
}

/** Question types of the content schema (src/schemas/quiz.ts), repeated here so the browser does not load it. */
export const KEY_QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'scenario'] as const;

/**
 * The answer key of one edition of a test, carried in an exported file so a coordinator's copy
 * of the site can mark its paper sheets even after the test changed. Ids and right answers only.
 */
export const testKeySchema = z.object({
  slug,
  version: testStampSchema.shape.version,
  questions: z
    .array(
      z.object({
        id: z.string().check(z.minLength(1), z.maxLength(100)),
        type: z.enum(KEY_QUESTION_TYPES),
        options: z.array(z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)), correct: z.boolean() })).check(z.maxLength(50)),
      }),
    )
    .check(z.maxLength(200)),
});
export type TestKey = z.infer<typeof testKeySchema>;
