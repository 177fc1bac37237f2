import type { ErrorBody, ErrorCode } from '@brisk/shared-contracts';
import { ApiError } from './api-error.ts';
import { fieldErrorsOf } from './field-errors.ts';

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const { error } = value;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

/** For answers that are not the API's JSON error shape, e.g. a proxy's HTML 502 page. */
function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 429:
      return 'RATE_LIMITED';
    default:
      return 'INTERNAL';
  }
}

export async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  if (isErrorBody(body)) {
    const { code, message, details } = body.error;
    const error = new ApiError({ status: response.status, code, message, details });
    // A validation failure's summary ("Invalid body") is written for developers, its field messages for people: a
    // screen that shows only the message shows the first of those.
    const [readable] = Object.values(fieldErrorsOf(error));
    return readable === undefined ? error : new ApiError({ status: response.status, code, message: readable, details });
  }
  return new ApiError({
    status: response.status,
    code: codeForStatus(response.status),
    message: `The server answered ${response.status} ${response.statusText}`.trim(),
  });
}
