/**
 * `local.json`: what school IT may change in the built folder without rebuilding. It is
 * validated in the browser, so this schema uses `zod/mini` (a few KB instead of the full zod);
 * both produce the same issues, explained by the same helper.
 */
import * as zm from 'zod/mini';
import { isSafeExitUrl } from '../lib/safety/exit-url.ts';
import { customIssue } from '../lib/validation/problems.ts';

export { isSafeExitUrl };

export const exitUrlMessage = customIssue(
  {
    en: 'the quick-exit address must be a path on this site starting with "/" or an http(s) address, with no spaces, tabs, line breaks or backslashes',
    vi: 'địa chỉ thoát nhanh phải là đường dẫn trong trang bắt đầu bằng "/" hoặc địa chỉ http(s), không có dấu cách, tab, xuống dòng hay dấu gạch ngược',
  },
  { en: 'write it like "https://www.google.com/" or "/cong-thuc/"', vi: 'viết theo mẫu "https://www.google.com/" hoặc "/cong-thuc/"' },
);

/** A local contact school IT adds in `local.json` (commune police, border post, counsellor …). */
const localContactSchema = zm.strictObject({
  /** Who: "Công an xã Lũng Cú". */
  name: zm.string().check(zm.trim(), zm.minLength(1)),
  /** What they help with. */
  role: zm.optional(zm.string()),
  /** Phone number; shown as a `tel:` link. */
  phone: zm.optional(zm.string().check(zm.regex(/^\+?[0-9][0-9 .]{1,18}$/))),
  /** Where to go in person. */
  address: zm.optional(zm.string()),
  /** Opening hours. */
  hours: zm.optional(zm.string()),
});

/** `local.json` at the site root. Every field is optional; a bad file is ignored, never fatal. */
export const localSettingsSchema = zm.strictObject({
  /** Local contacts shown on /help/. */
  contacts: zm.optional(zm.array(localContactSchema).check(zm.maxLength(30))),
  /** Overrides the quick-exit target. */
  quickExitUrl: zm.optional(
    zm.string().check(zm.refine(isSafeExitUrl, { params: exitUrlMessage })),
  ),
});
export type LocalSettings = zm.infer<typeof localSettingsSchema>;
export type LocalContact = zm.infer<typeof localContactSchema>;
