import type { ErrorCode } from '@brisk/shared-contracts';

/**
 * The server's stable codes, plus the browser's own: NETWORK_ERROR when a read could not reach the server, OFFLINE when
 * a write was not sent (or not delivered) because there is no connection.
 */
export type ApiErrorCode = ErrorCode | 'NETWORK_ERROR' | 'OFFLINE';

export interface ApiErrorInit {
  status: number;
  code: ApiErrorCode;
  message: string;
  details?: unknown;
  cause?: unknown;
}

/** Every failed API call rejects with this, so callers branch on `code`, never on message text. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: unknown;

  constructor({ status, code, message, details, cause }: ApiErrorInit) {
    super(message, { cause });
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
