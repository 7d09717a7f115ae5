/**
 * Reads one content file: checks where it is and what it is called, reads its front matter (or
 * the whole quiz file) and validates it against the collection's schema, and parses the body
 * as Markdown, so every rule works from the same single reading.
 */
import matter from 'gray-matter';
import { parseDocument, type Document } from 'yaml';
import type { $ZodType } from 'zod/v4/core';
import { ID_PATTERN } from '../../../schemas/common.ts';
import { lessonSchema } from '../../../schemas/lesson.ts';
import { moduleSchema } from '../../../schemas/module.ts';
import { standaloneQuizSchema } from '../../../schemas/quiz.ts';
import { sessionSchema } from '../../../schemas/session.ts';
import { parseMarkdown } from '../../markdown/parse.ts';
import { parseWith } from '../../validation/parse.ts';
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

/** A YAML error as a finding at the line the parser names. */
function yamlFinding(file: ContentFile, error: unknown): Finding {
  const err = error as { mark?: { line: number; column: number }; reason?: string; linePos?: Array<{ line: number; col: number }>; message?: string };
  const line = err.mark ? err.mark.line + 1 : err.linePos?.[0]?.line;
  const column = err.mark ? err.mark.column + 1 : err.linePos?.[0]?.col;
  const reason = err.reason ?? err.message?.split('\n')[0] ?? 'cannot be read';
  return { rule: 'yaml-syntax', values: { reason }, file: file.path, field: '(YAML)', line, column };
}

/** Reads and validates one file; files outside the collections only yield findings. */
export function readContentFile(file: ContentFile, options: CheckOptions): ReadResult {
  const place = placeOf(file, options);
  if (!place) return { findings: [] };
  if ('rule' in place) return { findings: [place] };
  const { collection, locale, slug } = place;

  let data: unknown;
  let body = '';
  let yamlSource: string;
  try {
    if (collection === 'quizzes') {
      yamlSource = file.text;
      const doc = parseDocument(file.text);
      if (doc.errors.length > 0) throw doc.errors[0];
      data = doc.toJS();
    } else {
      if (!/^---\r?\n/.test(file.text)) {
        return { findings: [{ rule: 'frontmatter-missing', file: file.path, field: '(frontmatter)', line: 1, column: 1 }] };
      }
      const parsed = matter(file.text, {});
      data = parsed.data;
      body = parsed.content;
      yamlSource = parsed.matter;
    }
  } catch (error) {
    return { findings: [yamlFinding(file, error)] };
  }

  const doc: Document = parseDocument(yamlSource);
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

  let tree;
  if (collection !== 'quizzes') {
    try {
      tree = parseMarkdown(body);
    } catch {
      tree = undefined;
    }
  }
  const parsed: ParsedFile = {
    file,
    collection,
    locale,
    slug,
    data: result.ok ? result.value : data,
    valid: result.ok,
    body,
    bodyOffset: file.text.split('\n').length - body.split('\n').length,
    ...(tree ? { tree } : {}),
    locate,
  };
  return { parsed, findings };
}
