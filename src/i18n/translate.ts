/**
 * Interpolation and typed lookups without the string tables themselves, so a browser island
 * that receives its namespace's strings as a prop does not also bundle every language.
 */

/** Fills `{name}` placeholders. Unknown placeholders are left visible so they get noticed. */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A lookup over one namespace's table: a key that is not in it is a type error. */
export function translatorFor<Key extends string>(table: Readonly<Record<Key, string>>) {
  return (key: Key, values?: Record<string, string | number>): string => interpolate(table[key], values);
}
