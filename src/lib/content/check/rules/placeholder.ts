/** Placeholders the lesson scaffold leaves (`TODO: …`) that an author has not replaced yet. */
import { formatPath } from '../../../validation/problems.ts';
import { PLACEHOLDER } from '../../scaffold.ts';
import type { Finding, Locate, Position } from '../model.ts';

/** Every string in parsed data with its path. */
function* stringsIn(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* stringsIn(value[i], [...path, i]);
  else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) yield* stringsIn(inner, [...path, key]);
}

/** A placeholder finding quoting the start of the unfinished text. */
export function placeholderFinding(file: string, field: string, text: string, position: Position): Finding {
  const excerpt = text.trim().length > 50 ? `${text.trim().slice(0, 50)}…` : text.trim();
  return { rule: 'placeholder', values: { excerpt, placeholder: PLACEHOLDER }, file, field, ...position };
}

/** Placeholders left in front-matter fields (or a quiz file). */
export function placeholdersInData(file: string, data: unknown, locate: Locate): Finding[] {
  const findings: Finding[] = [];
  for (const [path, value] of stringsIn(data)) {
    if (value.includes(PLACEHOLDER)) findings.push(placeholderFinding(file, formatPath(path), value, locate(path) ?? {}));
  }
  return findings;
}

/** True when a Markdown text still holds a placeholder. */
export const hasPlaceholder = (text: string): boolean => text.includes(PLACEHOLDER);
