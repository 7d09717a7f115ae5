/**
 * Interpolation and typed lookups without the string tables themselves, so a browser island
 * that receives its namespace's strings as a prop does not also bundle every language.
 *
 * A string may hold `{name}` placeholders and, for a count, a plural in the ICU MessageFormat
 * syntax (a subset of it):
 *
 *   '{n, plural, =0 {no lessons} one {# lesson} other {# lessons}}'
 *
 * The branch is chosen by an exact match (`=0`, `=1`, …) first, else by the category
 * `Intl.PluralRules` gives the value in the table's language (English: `one` for 1, `other` for
 * the rest; Vietnamese: always `other`, so Vietnamese strings need no plurals). In the chosen
 * branch `#` is the value as given and `{name}` placeholders are filled as anywhere else. Not
 * supported: `select`, `selectordinal`, `offset:` and ICU's apostrophe quoting (an apostrophe
 * is an ordinary character here).
 *
 * A pattern that does not parse never throws: the string is shown with only its plain `{name}`
 * placeholders filled. tests/unit/config-and-i18n.test.ts parses every table, so a broken
 * pattern fails the tests rather than reaching a page.
 */

/** The values of a string's placeholders. A plural's value should be a number; a string is read with `Number()`. */
export type Values = Readonly<Record<string, string | number>>;

/** One piece of a parsed string. */
type Part =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; name: string; source: string }
  | { kind: 'plural'; name: string; source: string; branches: ReadonlyMap<string, readonly Part[]> }
  | { kind: 'count' };

/** Why a string does not parse, and where (a character offset). */
export interface MessageProblem {
  message: string;
  at: number;
}

type Parsed = { ok: true; parts: readonly Part[] } | ({ ok: false } & MessageProblem);

/** The plural categories of CLDR (a language uses some of them; every plural must have `other`). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

class ParseError extends Error {
  readonly at: number;
  constructor(message: string, at: number) {
    super(message);
    this.at = at;
  }
}

function parse(template: string): Parsed {
  let i = 0;
  const skipSpace = () => {
    while (i < template.length && /\s/.test(template[i]!)) i += 1;
  };
  /** The word `pattern` (a sticky expression) matches at `i`, consumed; '' when none. */
  const word = (pattern: RegExp): string => {
    pattern.lastIndex = i;
    const match = pattern.exec(template);
    if (!match) return '';
    i += match[0].length;
    return match[0];
  };
  const expect = (char: string, what: string) => {
    if (template[i] !== char) throw new ParseError(`expected "${char}" ${what}, found ${template[i] === undefined ? 'the end of the string' : `"${template[i]}"`}`, i);
    i += 1;
  };

  /** Text and placeholders up to the end, or (in a plural branch) up to the branch's closing brace. */
  const message = (inBranch: boolean): Part[] => {
    const parts: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) parts.push({ kind: 'text', text });
      text = '';
    };
    while (i < template.length) {
      const char = template[i]!;
      if (char === '{') {
        flush();
        parts.push(argument());
      } else if (char === '}') {
        if (inBranch) break;
        throw new ParseError('a "}" closes nothing', i);
      } else if (char === '#' && inBranch) {
        flush();
        parts.push({ kind: 'count' });
        i += 1;
      } else {
        text += char;
        i += 1;
      }
    }
    flush();
    return parts;
  };

  /** `{name}` or `{name, plural, selector {branch} …}`, starting at its `{`. */
  const argument = (): Part => {
    const start = i;
    i += 1;
    skipSpace();
    const name = word(/\w+/y);
    if (!name) throw new ParseError('a "{" is not followed by a placeholder name', start);
    skipSpace();
    if (template[i] === '}') {
      i += 1;
      return { kind: 'placeholder', name, source: template.slice(start, i) };
    }
    expect(',', `after "{${name}"`);
    skipSpace();
    const type = word(/\w+/y);
    if (type !== 'plural') throw new ParseError(`only "plural" is supported after "{${name}," (found "${type}")`, start);
    skipSpace();
    expect(',', `after "{${name}, plural"`);
    const branches = new Map<string, readonly Part[]>();
    for (;;) {
      skipSpace();
      if (template[i] === '}' || i >= template.length) break;
      const at = i;
      const selector = word(/=\d+|\w+/y);
      if (!selector) throw new ParseError(`expected a plural category or "=N" in "{${name}, plural, …}"`, at);
      if (!selector.startsWith('=') && !(PLURAL_CATEGORIES as readonly string[]).includes(selector)) {
        throw new ParseError(`"${selector}" is not a plural category (${PLURAL_CATEGORIES.join(', ')}) nor "=N"`, at);
      }
      if (branches.has(selector)) throw new ParseError(`"${selector}" appears twice in "{${name}, plural, …}"`, at);
      skipSpace();
      expect('{', `to open the "${selector}" branch`);
      const parts = message(true);
      expect('}', `to close the "${selector}" branch`);
      branches.set(selector, parts);
    }
    expect('}', `to close "{${name}, plural, …}"`);
    if (!branches.has('other')) throw new ParseError(`"{${name}, plural, …}" has no "other" branch`, start);
    return { kind: 'plural', name, source: template.slice(start, i), branches };
  };

  try {
    return { ok: true, parts: message(false) };
  } catch (error) {
    // Anything else (say, a stack overflow on absurd nesting) is reported the same way: never thrown.
    return error instanceof ParseError ? { ok: false, message: error.message, at: error.at } : { ok: false, message: String(error), at: i };
  }
}

/** What is wrong with a string's placeholders or plurals, or null when it parses. For tests and checks. */
export function messageProblem(template: string): MessageProblem | null {
  const parsed = parse(template);
  return parsed.ok ? null : { message: parsed.message, at: parsed.at };
}

/** The placeholders a string uses, and which of them are plurals, and the categories its plurals name. For tests and checks. */
export function messageArguments(template: string): { names: Set<string>; plurals: Set<string>; categories: Set<string> } {
  const names = new Set<string>();
  const plurals = new Set<string>();
  const categories = new Set<string>();
  const visit = (parts: readonly Part[]) => {
    for (const part of parts) {
      if (part.kind === 'placeholder') names.add(part.name);
      if (part.kind !== 'plural') continue;
      names.add(part.name);
      plurals.add(part.name);
      for (const [selector, branch] of part.branches) {
        if (!selector.startsWith('=')) categories.add(selector);
        visit(branch);
      }
    }
  };
  const parsed = parse(template);
  if (parsed.ok) visit(parsed.parts);
  else for (const match of template.matchAll(/\{(\w+)\}/g)) names.add(match[1]!);
  return { names, plurals, categories };
}

/** Parsed strings: the tables are a fixed set, and a build fills the same strings on thousands of pages. */
const parsedTemplates = new Map<string, Parsed>();

function parsedOnce(template: string): Parsed {
  let parsed = parsedTemplates.get(template);
  if (!parsed) parsedTemplates.set(template, (parsed = parse(template)));
  return parsed;
}

const rulesByLocale = new Map<string, Intl.PluralRules>();

/** The plural rules of a language; a tag Intl cannot read gets the runtime's default language instead of an error. */
function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules();
    }
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/** The value as a number for choosing a branch; NaN (so `other`) when it does not read as one. */
function numberOf(value: string | number): number {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? Number.NaN : Number(value);
}

function render(parts: readonly Part[], values: Values, locale: string, count: string | number | undefined): string {
  let out = '';
  for (const part of parts) {
    if (part.kind === 'text') out += part.text;
    else if (part.kind === 'count') out += String(count);
    else if (part.kind === 'placeholder') out += part.name in values ? String(values[part.name]) : part.source;
    else if (!(part.name in values)) out += part.source;
    else {
      const value = values[part.name]!;
      const number = numberOf(value);
      const exact = Number.isFinite(number) ? part.branches.get(`=${number}`) : undefined;
      const category = Number.isFinite(number) ? pluralRules(locale).select(number) : 'other';
      const branch = exact ?? part.branches.get(category) ?? part.branches.get('other')!;
      out += render(branch, values, locale, value);
    }
  }
  return out;
}

/**
 * Fills `{name}` placeholders and chooses plural branches by the plural rules of `locale` (the
 * language of the table the template comes from). Unknown placeholders are left visible so they
 * get noticed; a plural whose value is not given is left whole, so a browser script can fill a
 * template the page rendered without values.
 */
export function interpolate(template: string, values: Values, locale: string): string {
  const parsed = parsedOnce(template);
  if (!parsed.ok) return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  return render(parsed.parts, values, locale, undefined);
}

/** A lookup over one namespace's table in `locale`: a key that is not in it is a type error. */
export function translatorFor<Key extends string>(table: Readonly<Record<Key, string>>, locale: string) {
  return (key: Key, values: Values = {}): string => interpolate(table[key], values, locale);
}
