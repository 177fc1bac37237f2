/**
 * Bundled into every page of a bench run as an init script, before the page's own scripts: it starts the entry and input
 * logs at once, so nothing of the load is missed, and exposes the probes the bench calls as `window.__briskBench`.
 */
import { domQuiet } from './dom-quiet.ts';
import { readEventEntries, readLongTasks, startEntryLog } from './entry-log.ts';
import { startInputLog } from './input-log.ts';
import type { ProbeApi } from './probe-api.ts';
import { findScroller, scrollPosition, startScrollRecord, stopScrollRecord } from './scroll-record.ts';
import { armWatch, settled } from './watch-condition.ts';

startEntryLog();
startInputLog();

const probes: ProbeApi = {
  arm: armWatch,
  settled,
  quiet: domQuiet,
  eventEntries: readEventEntries,
  longTasks: readLongTasks,
  domElements: () => document.getElementsByTagName('*').length,
  findScroller,
  scrollPosition,
  startScrollRecord,
  stopScrollRecord,
};
window.__briskBench = probes;
