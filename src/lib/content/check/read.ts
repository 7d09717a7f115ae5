/**
 * Reads one content file: checks where it is and what it is called, reads its front matter (or
 * the whole quiz file) and validates it against the collection's schema, and parses the body
 * as Markdown, so every rule works from the same single reading.
 */
import matter from 'gray-matter';
import type { Root } from 'mdast';
import { parseDocument, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import type { $ZodType } from 'zod/v4/core';
import { ID_PATTERN } from '../../../schemas/common.ts';
import { lessonSchema } from '../../../schemas/lesson.ts';
import { moduleSchema } from '../../../schemas/module.ts';
import { standaloneQuizSchema } from '../../../schemas/quiz.ts';
import { sessionSchema } from '../../../schemas/session.ts';
import { parseMarkdown } from '../../markdown/parse.ts';
import { parseWith } from '../../validation/parse.ts';
import { yamlReason } from './messages.ts';
import type { CheckOptions, CollectionName, ContentFile, Finding, ParsedFile } from './model.ts';
import { placeholdersInData } from './rules/placeholder.ts';
import { yamlLocator } from './yaml-position.ts';

export const COLLECTIONS: Record<CollectionName, { ext: string; schema: $ZodType }> = {
  lessons: { ext: '.md', schema: lessonSchema as unknown as $ZodType },
  modules: { ext: '.md', schema: moduleSchema as unknown as $ZodType },
  sessions: { ext: '.md', schema: sessionSchema as unknown as $ZodType },
  quizzes: { ext: '.yaml', schema: standaloneQuizSchema as unknown as $ZodType },
};

export interface ReadResult {
  parsed?: ParsedFile;
  findings: Finding[];
}

/** Where the file is: collection, locale and slug, or the finding that says why not. */
function placeOf(file: ContentFile, options: CheckOptions): { collection: CollectionName; locale: string; slug: string } | Finding | undefined {
  const match = /^content\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(file.path);
  const collection = match?.[1] as CollectionName | undefined;
  const at = { file: file.path, field: '(file)' };
  if (!match || !collection || !(collection in COLLECTIONS)) {
    if (file.path.endsWith('README.md') || !file.path.startsWith('content/')) return undefined;
    return { rule: 'file-location', ...at };
  }
  const locale = match[2]!;
  const name = match[3]!;
  const { ext } = COLLECTIONS[collection];
  if (!name.endsWith(ext)) return { rule: 'file-extension', values: { collection, ext, name: name.replace(/\.[^.]*$/, '') }, ...at };
  const slug = name.slice(0, -ext.length);
  if (!options.locales.includes(locale)) return { rule: 'file-locale', values: { locale, locales: options.locales.join(', ') }, ...at };
  if (!ID_PATTERN.test(slug)) return { rule: 'file-slug', values: { slug }, file: file.path, field: '(file name)' };
  return { collection, locale, slug };
}

/**
 * YAML read the way the build reads front matter (js-yaml's default schema): an unquoted
 * date is a date, and `<<` merges.
 */
const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { customTags: ['timestamp'], merge: true };

/** Parses YAML into a document (values and positions from the same parse); throws its first error. */
function parseYaml(source: string): Document {
  const doc = parseDocument(source, YAML_OPTIONS);
  if (doc.errors.length > 0) throw doc.errors[0];
  return doc;
}

/** A YAML error as a finding at the line the parser names (the message repeats no position). */
function yamlFinding(file: ContentFile, error: unknown): Finding {
  const err = error as { linePos?: Array<{ line: number; col: number }>; message?: string };
  const reason = yamlReason((err.message ?? 'cannot be read').split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''));
  return { rule: 'yaml-syntax', values: { reason }, file: file.path, field: '(YAML)', line: err.linePos?.[0]?.line, column: err.linePos?.[0]?.col };
}

/** The body as Markdown; a body the parser rejects gets no body rules (its schema still runs). */
function markdownOf(body: string, parse: (source: string) => Readonly<Root>): Readonly<Root> | undefined {
  try {
    return parse(body);
  } catch {
    return undefined;
  }
}

/**
 * The body exactly as the build reads it (Astro trims what follows the front matter), so the
 * check and the pages parse the same text, and the lines before it in the file.
 */
function bodyOf(text: string, afterFrontMatter: string): { body: string; offset: number } {
  const body = afterFrontMatter.trim();
  if (!body || !text.endsWith(afterFrontMatter)) return { body, offset: text.split('\n').length - afterFrontMatter.split('\n').length };
  const start = text.length - afterFrontMatter.length + (afterFrontMatter.length - afterFrontMatter.trimStart().length);
  return { body, offset: text.slice(0, start).split('\n').length - 1 };
}

/** Reads and validates one file; files outside the collections only yield findings. */
export function readContentFile(file: ContentFile, options: CheckOptions): ReadResult {
  const place = placeOf(file, options);
  if (!place) return { findings: [] };
  if ('rule' in place) return { findings: [place] };
  const { collection, locale, slug } = place;
  if (collection !== 'quizzes' && !/^---\r?\n/.test(file.text)) {
    return { findings: [{ rule: 'frontmatter-missing', file: file.path, field: '(frontmatter)', line: 1, column: 1 }] };
  }

  // gray-matter finds the front matter; `yaml` parses it once, for values and positions.
  let doc: Document | undefined;
  let data: unknown;
  let body = '';
  let bodyOffset = 0;
  let yamlSource = file.text;
  try {
    if (collection === 'quizzes') {
      doc = parseYaml(file.text);
      data = doc.toJS();
    } else {
      const parsed = matter(file.text, { engines: { yaml: (source: string) => ((doc = parseYaml(source)).toJS() ?? {}) as object } });
      data = parsed.data;
      ({ body, offset: bodyOffset } = bodyOf(file.text, parsed.content));
      // The front matter text starts right after the opening "---", so its lines are file lines.
      yamlSource = parsed.matter;
    }
  } catch (error) {
    return { findings: [yamlFinding(file, error)] };
  }

  const locate = yamlLocator(doc, yamlSource);
  const result = parseWith(COLLECTIONS[collection].schema, data ?? {}, {
    file: file.path,
    locate,
    where: collection === 'quizzes' ? undefined : { en: ' (in the frontmatter)', vi: ' (trong phần khai báo)' },
  });
  const findings: Finding[] = result.ok
    ? []
    : result.problems.map(({ file: path, field, line, column, message, fix }) => ({ rule: 'schema', values: { message, fix }, file: path, field, line, column }));
  findings.push(...placeholdersInData(file.path, data, locate));

  const tree = collection === 'quizzes' ? undefined : markdownOf(body, options.parse ?? parseMarkdown);
  const parsed: ParsedFile = {
    file,
    collection,
    locale,
    slug,
    data: result.ok ? result.value : data,
    valid: result.ok,
    body,
    bodyOffset,
    ...(tree ? { tree } : {}),
    locate,
  };
  return { parsed, findings };
}
