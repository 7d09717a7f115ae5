/**
 * One friendly-error path for everything we validate: content files, the site config,
 * `local.json`, stored and imported progress. A zod issue (or a rule of our own) becomes a
 * `Problem` that names the file, the line when known, the field, what is wrong and how to fix it.
 */
import type { $ZodIssue } from 'zod/v4/core';

export type ProblemLang = 'en' | 'vi';

export interface Problem {
  /** File the problem is in, relative to the project root (or a label such as `local.json`). */
  file: string;
  /** 1-based line and column, when the position is known. */
  line?: number;
  column?: number;
  /** Dotted path of the field, e.g. `quiz.questions[2].options`; `(body)` for Markdown text. */
  field: string;
  /** What is wrong, per language. */
  message: Record<ProblemLang, string>;
  /** How to fix it, per language. */
  fix: Record<ProblemLang, string>;
  severity: 'error' | 'warning';
}

/** A message or fix in both languages. */
export type Bilingual = Record<ProblemLang, string>;

/** Renders a problem as one line: `path:line:col  field  message — fix`. */
export function formatProblem(problem: Problem, lang: ProblemLang = 'en'): string {
  const where = problem.line
    ? `${problem.file}:${problem.line}:${problem.column ?? 1}`
    : problem.file;
  return `${where}  ${problem.field}  ${problem.message[lang]} — ${problem.fix[lang]}`;
}

/** Formats a zod-style path (`['quiz','questions',2,'id']`) as `quiz.questions[2].id`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

/**
 * Parameters a schema refinement attaches to a custom issue so the helper can explain it.
 * Use `customIssue()` to build them.
 */
export interface CustomIssueParams {
  vungBuoc: { message: Bilingual; fix: Bilingual; showFound: boolean };
}

/**
 * Builds the `params` of a custom zod issue carrying a bilingual message and fix. With
 * `showFound`, the message ends with the value that was found (`…, found "27/11/2026"`).
 */
export function customIssue(message: Bilingual, fix: Bilingual, showFound = true): CustomIssueParams {
  return { vungBuoc: { message, fix, showFound } };
}

/** Example values authors can copy, by the last segment of a field path. */
const FIELD_EXAMPLES: Record<string, string> = {
  title: 'title: "Việc nhẹ lương cao"',
  summary: 'summary: "One sentence about what the learner will be able to do."',
  module: 'module: nhan-biet-mua-ban-nguoi',
  track: 'track: student',
  order: 'order: 1',
  duration: 'duration: 15',
  ageBand: 'ageBand: "11+"',
  objectives: 'objectives:\n  - "Recognise …"',
  keyPoints: 'keyPoints:\n  - "…"',
  outcomes: 'outcomes:\n  - "…"',
  sources: 'sources:\n  - title: "…"\n    publisher: "…"\n    year: 2025',
  reviewed: 'reviewed: 2026-11-27',
  passMark: 'passMark: 70',
  questions: 'questions:\n  - id: q1\n    type: single\n    …',
  options: 'options:\n  - id: a\n    text: "…"\n    correct: true',
  id: 'id: q1 (lower-case letters, digits and hyphens)',
  prompt: 'prompt: "…"',
  explanation: 'explanation: "Why the right answer is right."',
  text: 'text: "…"',
  feedback: 'feedback: "Why this choice is right or not."',
  situation: 'situation: "A short, invented situation."',
  audience: 'audience: students',
  agenda: 'agenda:\n  - minutes: 10\n    activity: "…"',
  minutes: 'minutes: 10',
  activity: 'activity: "…"',
  materials: 'materials:\n  - "…"',
  kind: 'kind: pre',
  publisher: 'publisher: "…"',
  year: 'year: 2025',
  url: 'url: "https://…"',
  answer: 'answer: myth',
  keywords: 'keywords: ["buôn người"]',
  contentWarning: 'contentWarning:\n  text: "…"',
  setting: 'setting: "A classroom with a projector."',
  report: 'report:\n  - "Number of participants"',
  name: 'name: "Công an xã …"',
  phone: 'phone: "0219 3xxx xxx" (digits and spaces only)',
  contacts: 'contacts:\n  - name: "…"',
  quickExitUrl: 'quickExitUrl: "/cong-thuc/"',
  role: 'role: "…"',
  address: 'address: "…"',
  hours: 'hours: "…"',
  preTest: 'preTest: tiet-hoc-truoc',
  postTest: 'postTest: tiet-hoc-sau',
};

/** Levenshtein distance, for "did you mean" hints on misspelt field names. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The known field name closest to a misspelt one, if it is close enough to be a typo. */
export function closestField(name: string, known: readonly string[] = Object.keys(FIELD_EXAMPLES)): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(name.length / 4)) ? best : undefined;
}

function exampleFor(path: ReadonlyArray<PropertyKey>): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string' && FIELD_EXAMPLES[key]) return FIELD_EXAMPLES[key];
  }
  return undefined;
}

/** Quotes a found text on one line: tabs, line breaks and other controls are shown escaped (`\t`). */
function quoteText(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `"${shown.replace(/[\u0000-\u001F\u007F]/g, (ch) => JSON.stringify(ch).slice(1, -1))}"`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value === '' ? 'an empty text' : quoteText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return 'a group of fields';
}

function describeValueVi(value: unknown): string {
  if (value === undefined) return 'không có gì';
  if (value === null) return 'giá trị rỗng';
  if (typeof value === 'string') return value === '' ? 'chuỗi rỗng' : quoteText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'một danh sách';
  if (value instanceof Date) return 'một ngày';
  return 'một nhóm trường';
}

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { en: 'a text', vi: 'một đoạn chữ' },
  number: { en: 'a number', vi: 'một số' },
  int: { en: 'a whole number', vi: 'một số nguyên' },
  boolean: { en: 'true or false', vi: 'true hoặc false' },
  array: { en: 'a list', vi: 'một danh sách' },
  object: { en: 'a group of fields', vi: 'một nhóm trường' },
  date: { en: 'a date', vi: 'một ngày' },
};

function typeName(expected: string): Bilingual {
  return TYPE_NAMES[expected] ?? { en: expected, vi: expected };
}

/** Looks up the value at a path in parsed data (for messages that quote what was found). */
function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

export interface IssueContext {
  file: string;
  /** The data that was validated, so messages can quote what was found. */
  data?: unknown;
  /** Maps a field path to a 1-based line/column in the source, when known. */
  locate?: (path: ReadonlyArray<PropertyKey>) => { line: number; column: number } | undefined;
  /** Extra words for a fix, e.g. where the field lives ("in the frontmatter"). */
  where?: Bilingual;
}

/** Turns one zod issue into a friendly `Problem`. */
export function issueToProblem(issue: $ZodIssue, ctx: IssueContext): Problem {
  const path = issue.path;
  const field = formatPath(path);
  const found = 'input' in issue ? issue.input : valueAt(ctx.data, path);
  const example = exampleFor(path);
  const where = ctx.where ?? { en: '', vi: '' };
  const position = ctx.locate?.(path);
  const base = { file: ctx.file, field, severity: 'error' as const, ...position };
  const copy = example
    ? { en: `write it like: ${example}`, vi: `viết theo mẫu: ${example}` }
    : { en: 'give it a value', vi: 'điền giá trị cho trường này' };
  const add = example
    ? { en: `add it${where.en}, like: ${example}`, vi: `thêm trường này${where.vi}, theo mẫu: ${example}` }
    : { en: `add it${where.en}`, vi: `thêm trường này${where.vi}` };

  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(issue.expected);
      if (found === undefined) {
        return {
          ...base,
          message: { en: `"${field}" is missing`, vi: `thiếu trường "${field}"` },
          fix: add,
        };
      }
      return {
        ...base,
        message: {
          en: `expected ${expected.en}, found ${describeValue(found)}`,
          vi: `cần ${expected.vi}, nhưng thấy ${describeValueVi(found)}`,
        },
        fix: copy,
      };
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return {
        ...base,
        message: {
          en: `${describeValue(found)} is not allowed`,
          vi: `không dùng được ${describeValueVi(found)}`,
        },
        fix: { en: `use one of: ${allowed}`, vi: `dùng một trong: ${allowed}` },
      };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') {
        return {
          ...base,
          message: {
            en: `needs at least ${min} item${min === 1 ? '' : 's'}`,
            vi: `cần ít nhất ${min} mục`,
          },
          fix: example
            ? { en: `add ${min === 1 ? 'an item' : 'items'}, like: ${example}`, vi: `thêm mục, theo mẫu: ${example}` }
            : { en: `add ${min === 1 ? 'an item' : 'items'}`, vi: 'thêm mục' },
        };
      }
      if (issue.origin === 'string') {
        return {
          ...base,
          message: { en: 'must not be empty', vi: 'không được để trống' },
          fix: copy,
        };
      }
      return {
        ...base,
        message: { en: `must be at least ${min}, found ${describeValue(found)}`, vi: `phải từ ${min} trở lên, nhưng thấy ${describeValueVi(found)}` },
        fix: copy,
      };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      return {
        ...base,
        message: { en: `must be at most ${max}, found ${describeValue(found)}`, vi: `tối đa là ${max}, nhưng thấy ${describeValueVi(found)}` },
        fix: copy,
      };
    }
    case 'invalid_format': {
      if (issue.format === 'url') {
        return {
          ...base,
          message: { en: `expected a web address, found ${describeValue(found)}`, vi: `cần một địa chỉ web, nhưng thấy ${describeValueVi(found)}` },
          fix: { en: 'write the full address starting with https://', vi: 'viết địa chỉ đầy đủ, bắt đầu bằng https://' },
        };
      }
      return {
        ...base,
        message: { en: `${describeValue(found)} has the wrong form`, vi: `${describeValueVi(found)} sai dạng` },
        fix: copy,
      };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      const single = issue.keys.length === 1 ? issue.keys[0]! : undefined;
      const suggestion = single ? closestField(single) : undefined;
      const fieldPath = single ? formatPath([...path, single]) : field;
      return {
        ...base,
        ...(single ? ctx.locate?.([...path, single]) : {}),
        field: fieldPath,
        message: {
          en: `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}`,
          vi: `trường không hợp lệ ${keys}`,
        },
        fix: suggestion
          ? { en: `did you mean "${suggestion}"? Correct the spelling or remove the field`, vi: `có phải bạn định viết "${suggestion}"? Sửa chính tả hoặc xoá trường này` }
          : { en: 'remove it, or check its spelling against content/README.md', vi: 'xoá trường này, hoặc kiểm tra chính tả theo content/README.md' },
      };
    }
    case 'custom': {
      const params = issue.params as Partial<CustomIssueParams> | undefined;
      if (params?.vungBuoc) {
        const { message, fix, showFound } = params.vungBuoc;
        const shown = showFound
          ? { en: `${message.en}, found ${describeValue(found)}`, vi: `${message.vi}, nhưng thấy ${describeValueVi(found)}` }
          : message;
        return { ...base, message: shown, fix };
      }
      return { ...base, message: { en: issue.message, vi: issue.message }, fix: copy };
    }
    default:
      return { ...base, message: { en: issue.message, vi: issue.message }, fix: copy };
  }
}

/** Turns every issue of a failed parse into problems, in path order. */
export function issuesToProblems(issues: ReadonlyArray<$ZodIssue>, ctx: IssueContext): Problem[] {
  return issues.map((issue) => issueToProblem(issue, ctx));
}
