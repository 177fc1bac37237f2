export { cleanUpOnSignals, isCleaningUp, onCleanup, runCleanup } from './cleanup.ts';
export { findFreePort } from './free-port.ts';
export { createScratchDatabase } from './scratch-database.ts';
