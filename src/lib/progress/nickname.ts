/**
 * Nicknames are free text typed by children and pasted from chat apps. Before one is stored it
 * loses what nobody can see but a page can be tricked by: control characters, zero-width and
 * direction-override marks. Then it is clipped to what the schema allows.
 */

/** Longest nickname the progress schema stores (UTF-16 units, as `maxLength` counts). */
export const NICKNAME_MAX = 40;

/** Control (Cc) and format (Cf) characters: bidi overrides and isolates, zero-width marks, BOM. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/**
 * A nickname fit to store: NFC, invisible characters removed, runs of spaces made one, trimmed,
 * and cut to `max` UTF-16 units without splitting a character. May be empty (the caller decides).
 */
export function cleanNickname(text: string, max = NICKNAME_MAX): string {
  const visible = text.normalize('NFC').replace(INVISIBLE, ' ').replace(/\s+/gu, ' ').trim();
  let out = '';
  for (const char of visible) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out.trim();
}

/**
 * True when `nickname` is a name the site gave a profile it made by itself ("Hồ sơ 1",
 * "Profile 2"), from the `{n}` templates of every language: not a name a teacher would know a
 * learner by, so the progress code form starts empty instead of offering it.
 */
export function isAutomaticNickname(nickname: string, templates: readonly string[]): boolean {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return templates.some((template) => {
    const [before = '', after = ''] = template.split('{n}');
    return new RegExp(`^${escape(before)}\\d+${escape(after)}$`, 'u').test(nickname.trim());
  });
}
