export { cleanUpOnSignals, isCleaningUp, onCleanup, runCleanup } from './cleanup.ts';
export { findFreePort } from './free-port.ts';
export { databaseUrlOn, withPgClient } from './postgres-client.ts';
export { cleanUpRedisPrefix } from './redis-prefix.ts';
export { createScratchDatabase } from './scratch-database.ts';
export { spawnService, type Service } from './spawn-service.ts';
export { startApi, type ApiDatabase, type ApiInstance, type ApiOptions, type ApiRuntime } from './start-api.ts';
export { waitUntilReady } from './wait-until-ready.ts';
