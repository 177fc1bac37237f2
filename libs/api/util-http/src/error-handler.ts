import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError } from './app-error.ts';
import { currentRequestContext } from './request-context.ts';

interface HttpParserError {
  type?: string;
  status?: number;
}

/** body-parser's errors carry a `type`; map the ones a client can cause to stable codes. */
function fromParserError(error: HttpParserError): AppError | null {
  switch (error.type) {
    case 'entity.parse.failed':
      return new AppError('The body is not valid JSON', { status: 400, code: 'MALFORMED_JSON', cause: error });
    case 'entity.too.large':
      return new AppError('The body is too large', { status: 413, code: 'PAYLOAD_TOO_LARGE', cause: error });
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('Unsupported body encoding', { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', cause: error });
    default:
      if (error.status && error.status >= 400 && error.status < 500) {
        return new AppError('The body could not be read', { status: 400, code: 'MALFORMED_JSON', cause: error });
      }
      return null;
  }
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const parserError = typeof error === 'object' && error !== null ? fromParserError(error as HttpParserError) : null;
  return parserError ?? new AppError('Something went wrong on our side', { status: 500, code: 'INTERNAL', cause: error });
}

/** The one place errors become responses: stable codes, a request id, never a stack trace. */
export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const appError = toAppError(error);
    const context = currentRequestContext();
    const log = context?.logger ?? logger;
    if (appError.status >= 500) log.error({ err: error }, 'request failed');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(appError.status).json({
      error: {
        code: appError.code,
        message: appError.message,
        ...(appError.details === undefined ? {} : { details: appError.details }),
        ...(context ? { requestId: context.requestId } : {}),
      },
    });
  };
}

export const apiNotFound: RequestHandler = (req) => {
  throw new AppError(`No route ${req.method} ${req.path}`, { status: 404, code: 'NOT_FOUND' });
};
