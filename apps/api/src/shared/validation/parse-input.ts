import type { z } from 'zod';
import { badInput, type FieldErrors } from '@gdp/domain';

/** Applies a domain schema to GraphQL input; failures become BAD_USER_INPUT with per-field zh-CN messages. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_';
    (fields[key] ??= []).push(issue.message);
  }
  const first = Object.values(fields)[0]?.[0] ?? '输入有误';
  throw badInput('INPUT.INVALID', first, fields);
}
