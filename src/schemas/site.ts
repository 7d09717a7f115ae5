/**
 * The site configuration a school or province may change before building (src/site.config.ts).
 * The settings IT may change after building live in `local-settings.ts`.
 */
import { z } from 'astro/zod';
import { textSchema } from './common.ts';
import { exitUrlMessage, isSafeExitUrl } from './local-settings.ts';

import { UI_LOCALES, type UiLocale } from '../i18n/locales.ts';

/** Languages a site may be built in: those the UI has strings for. */
export const LOCALES = UI_LOCALES;
export type Locale = UiLocale;

/** Text in each language the site offers (Vietnamese is required, English optional). */
export const localizedTextSchema = z.strictObject({ vi: textSchema, en: textSchema.optional() });

/** A digits-only phone number for a `tel:` link (spaces allowed for reading). */
const phoneSchema = z.string().regex(/^\+?[0-9][0-9 .]{1,18}$/);

/** A national hotline (facts.md). */
export const hotlineSchema = z.strictObject({
  /** Number as dialled, e.g. `111`. */
  number: phoneSchema,
  /** Short name. */
  name: localizedTextSchema,
  /** When to call it. */
  when: localizedTextSchema,
  /** Honest facts about the call: free? open hours? recorded? */
  about: localizedTextSchema,
});
export type Hotline = z.infer<typeof hotlineSchema>;

export const siteConfigSchema = z.strictObject({
  /** The site's name in each language. */
  name: localizedTextSchema,
  /** Who runs this copy of the site. */
  organisation: localizedTextSchema,
  /** Where the quick-exit button goes. A site path is prefixed with the base path. */
  quickExitUrl: z.string().refine(isSafeExitUrl, { params: exitUrlMessage }),
  /** National hotlines shown in the help strip and on /help/, most important first. */
  hotlines: z.array(hotlineSchema).min(1),
  /** Languages built; the first is the default, served at the root. */
  locales: z.array(z.enum(LOCALES)).min(1),
});
export type SiteConfig = z.infer<typeof siteConfigSchema>;

