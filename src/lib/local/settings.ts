/**
 * `local.json`: local contacts and a quick-exit override that school IT edits in the built
 * folder. A missing or bad file never breaks a page: it is ignored and explained on /about/.
 */
import { localSettingsSchema, type LocalSettings } from '../../schemas/local-settings.ts';
import { parseWith } from '../validation/parse.ts';
import type { Problem } from '../validation/problems.ts';

export type LocalSettingsResult =
  | { state: 'missing'; settings: LocalSettings }
  | { state: 'ok'; settings: LocalSettings }
  | { state: 'invalid'; settings: LocalSettings; problems: Problem[] };

const EMPTY: LocalSettings = {};
const FILE = 'local.json';

/** Interprets the response to `GET local.json`: `text` is null when the file is absent. */
export function readLocalSettings(text: string | null): LocalSettingsResult {
  if (text === null) return { state: 'missing', settings: EMPTY };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      state: 'invalid',
      settings: EMPTY,
      problems: [
        {
          file: FILE,
          field: '(root)',
          severity: 'error',
          message: { en: `the file is not valid JSON (${detail})`, vi: `tệp không đúng định dạng JSON (${detail})` },
          fix: {
            en: 'check commas and quotes, e.g. with a JSON validator, or start again from the example in the README',
            vi: 'kiểm tra dấu phẩy và dấu ngoặc kép, hoặc làm lại từ ví dụ trong README',
          },
        },
      ],
    };
  }
  const result = parseWith(localSettingsSchema, data, { file: FILE });
  if (!result.ok) return { state: 'invalid', settings: EMPTY, problems: result.problems };
  return { state: 'ok', settings: result.value };
}
