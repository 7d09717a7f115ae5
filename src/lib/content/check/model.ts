/**
 * What the content check works with: files as text, each file read once into a `ParsedFile`,
 * and rules that report `Finding`s (a rule id, the values its message needs, and where).
 */
import type { Root } from 'mdast';
import type { Problem } from '../../validation/problems.ts';
import type { MessageValues, RuleId } from './messages.ts';

export interface ContentFile {
  /** Path relative to the project root, with forward slashes: `content/lessons/vi/a.md`. */
  path: string;
  text: string;
}

export interface CheckOptions {
  locales: readonly string[];
  defaultLocale: string;
  /** Phone numbers the site lists (hotlines); any other number in lesson text is flagged. */
  hotlineNumbers: readonly string[];
  /** Files under `public/`, relative to it (`images/a.png`), for image checks. */
  publicFiles: ReadonlySet<string>;
  /**
   * Parses a body (default: `parseMarkdown`). The build passes its shared parser, so the check
   * and the pages read each lesson from one parse.
   */
  parse?: (source: string) => Readonly<Root>;
}

export type CollectionName = 'lessons' | 'modules' | 'sessions' | 'quizzes';

/** 1-based line and column in a file, when known. */
export interface Position {
  line?: number;
  column?: number;
}

/** Maps a front-matter (or quiz file) field path to its position in the file. */
export type Locate = (path: ReadonlyArray<PropertyKey>) => { line: number; column: number } | undefined;

/** One content file, read once: its place, its front matter and its Markdown tree. */
export interface ParsedFile {
  file: ContentFile;
  collection: CollectionName;
  locale: string;
  slug: string;
  /** The schema's output when `valid`, else the raw front matter. */
  data: unknown;
  valid: boolean;
  /** The body as the build reads it: after the front matter, without surrounding blank space. */
  body: string;
  /** Lines before the body starts (to turn body lines into file lines). */
  bodyOffset: number;
  /** The body as Markdown (not for quiz files, nor a body the parser rejects). */
  tree?: Readonly<Root>;
  locate: Locate;
}

/** What a rule reports; the runner renders it through the message table. */
export interface Finding extends Position {
  rule: RuleId;
  /** Values for the `{placeholders}` of the rule's message and fix. */
  values?: MessageValues;
  file: string;
  /** Dotted path of the field; `(body)` for Markdown text. */
  field: string;
}

/** A rendered finding: a `Problem` that still names its rule and values. */
export interface ContentProblem extends Problem {
  rule: RuleId;
  values: MessageValues;
}

/** slug → locales that have it, per collection. */
export type KnownContent = Record<CollectionName, Map<string, Set<string>>>;

export interface RuleContext {
  options: CheckOptions;
  known: KnownContent;
  find(collection: CollectionName, locale: string, slug: string): ParsedFile | undefined;
}

/** The checks of one rule family on one file. */
export type FileCheck = (parsed: ParsedFile, ctx: RuleContext) => Finding[];

/** Position of a Markdown node in the file (body lines shifted past the front matter). */
export function bodyPosition(parsed: ParsedFile, node: { position?: { start: { line: number; column: number } } }): Position {
  return node.position ? { line: node.position.start.line + parsed.bodyOffset, column: node.position.start.column } : {};
}

/** Position of a front-matter field, or nothing when it cannot be found. */
export function fieldPosition(parsed: ParsedFile, path: ReadonlyArray<PropertyKey>): Position {
  return parsed.locate(path) ?? {};
}

/** Position of a character of a Markdown text node (lines after its first start at their text). */
export function textPosition(parsed: ParsedFile, node: { value: string; position?: { start: { line: number; column: number } } }, index: number): Position {
  const start = bodyPosition(parsed, node);
  const before = node.value.slice(0, index);
  const newline = before.lastIndexOf('\n');
  const lines = before.split('\n').length - 1;
  return { line: (start.line ?? 0) + lines, column: newline < 0 ? (start.column ?? 1) + index : index - newline };
}
