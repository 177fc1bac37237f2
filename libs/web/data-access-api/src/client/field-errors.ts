import { isApiError } from './api-error.ts';

interface ValidationIssue {
  path: string | Array<string | number>;
  message: string;
}

function isValidationIssue(value: unknown): value is ValidationIssue {
  return (
    typeof value === 'object' &&
    value !== null &&
    'message' in value &&
    typeof value.message === 'string' &&
    'path' in value &&
    (typeof value.path === 'string' || Array.isArray(value.path))
  );
}

/**
 * The first message per field of a VALIDATION_FAILED error, keyed by the field's name in the request body: the server
 * names fields by where they were read (`body.email`), forms know them as `email`.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error, 'VALIDATION_FAILED') || !Array.isArray(error.details)) return {};
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.details.filter(isValidationIssue)) {
    const path = Array.isArray(issue.path) ? issue.path.join('.') : issue.path;
    const field = path.replace(/^(body|query|params)\./, '');
    fieldErrors[field] ??= issue.message;
  }
  return fieldErrors;
}
