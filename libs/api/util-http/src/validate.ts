import type { z } from 'zod';
import { validationFailed } from './app-error.ts';

export interface ValidationIssue {
  path: string;
  message: string;
}

/** Parses with a shared contract schema; failures become 400 VALIDATION_FAILED listing every bad field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details: ValidationIssue[] = result.error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  throw validationFailed(`Invalid ${where}`, details);
}
