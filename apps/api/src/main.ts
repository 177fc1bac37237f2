import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { demoLogin } from './seed/demo-board.ts';
import { startServer } from './server.ts';

async function start(): Promise<void> {
  const config = loadConfig(process.env, fileURLToPath(new URL('../web', import.meta.url)));
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger);
  const mode = config.db.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.db.dataDir}`;
  console.warn(`\nBrisk is running at ${server.url} (${mode})`);
  if (server.demoSeeded) console.warn(`Demo login: ${demoLogin.email} / ${demoLogin.password}\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    server.close().then(
      () => {
        clearTimeout(force);
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

start().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
