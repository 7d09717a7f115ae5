/** Parsing helpers that turn zod failures into friendly problems (see problems.ts). */
import type { $ZodType } from 'zod/v4/core';
import { safeParse } from 'zod/v4/core';
import { formatProblem, issuesToProblems, type IssueContext, type Problem } from './problems.ts';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Validates `data` against any zod (or zod/mini) schema; failures become problems. */
export function parseWith<S extends $ZodType>(
  schema: S,
  data: unknown,
  ctx: IssueContext,
): ParseResult<S['_zod']['output']> {
  const result = safeParse(schema, data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: issuesToProblems(result.error.issues, { data, ...ctx }) };
}

/** Parses JSON text and validates it; null when it is not JSON or does not match (files a learner or trainer imports). */
export function parseJsonWith<S extends $ZodType>(schema: S, text: string): S['_zod']['output'] | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const result = safeParse(schema, data);
  return result.success ? result.data : null;
}

/** Thrown when configuration is invalid; its message lists one friendly line per problem. */
export class ValidationError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map((problem) => formatProblem(problem)).join('\n'));
    this.name = 'ValidationError';
    this.problems = problems;
  }
}

/** Validates or throws a `ValidationError` naming `file`. */
export function parseOrThrow<S extends $ZodType>(schema: S, data: unknown, file: string): S['_zod']['output'] {
  const result = parseWith(schema, data, { file });
  if (!result.ok) throw new ValidationError(result.problems);
  return result.value;
}
