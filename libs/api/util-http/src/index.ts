export * from './app-error.ts';
export * from './bind-route.ts';
export * from './caller.ts';
export * from './error-handler.ts';
export * from './request-context.ts';
export * from './request-logging.ts';
export * from './validate.ts';
export * from './rate-limit.ts';
