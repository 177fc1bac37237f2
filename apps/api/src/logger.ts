import pino from 'pino';

/** JSON lines in production; `pino-pretty` only when a person is watching a terminal in development. */
export function createLogger(level: string) {
  const pretty = process.stdout.isTTY && process.env['NODE_ENV'] !== 'production';
  return pino({
    level,
    redact: { paths: ['req.headers.cookie', 'res.headers["set-cookie"]'], remove: true },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
  });
}
