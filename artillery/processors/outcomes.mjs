import { performance } from 'node:perf_hooks';
import { logLatency } from './latency-log.mjs';

// When each request was handed to the HTTP client, keyed by the request object Artillery passes to both hooks.
const startedAt = new WeakMap();

// Counter names: brisk.<request>.<outcome> and brisk.<request>.apdex.<class>. perf-lab reads them from Artillery's JSON
// report and the generated `ensure` checks refer to them, so the names are a contract with apps/perf-lab.
const outcomes = ['ok', 'conflict', 'failed'];
const apdexClasses = ['satisfied', 'tolerating', 'frustrated'];

function apdexTFor(vars, request) {
  return vars.sloApdexTMs?.[request];
}

/**
 * Every request an objective names gets all its counters at 0 when a session starts: a check on a counter Artillery
 * never saw cannot be evaluated, and a journey a short run happened not to pick would otherwise fail `ensure`.
 */
export function countZeroOutcomes(vars, events) {
  for (const request of Object.keys(vars.sloApdexTMs ?? {})) {
    for (const outcome of outcomes) events.emit('counter', `brisk.${request}.${outcome}`, 0);
    for (const apdexClass of apdexClasses) events.emit('counter', `brisk.${request}.apdex.${apdexClass}`, 0);
  }
}

function classifyStatus(status) {
  if (status === 409) return 'conflict';
  return status < 400 ? 'ok' : 'failed';
}

function classifyApdex(outcome, ms, t) {
  if (outcome === 'failed' || ms > 4 * t) return 'frustrated';
  return ms <= t ? 'satisfied' : 'tolerating';
}

/**
 * Scenario-level beforeRequest. Artillery's timings count whole milliseconds (Date.now()), a 25% step for a 4 ms request;
 * `compare` needs finer, so the response time is also taken here on the monotonic clock.
 */
export function markRequestStart(requestParams, context, events, done) {
  startedAt.set(requestParams, performance.now());
  return done();
}

/** Scenario-level afterResponse: the outcome, the apdex class and the latency line of every response. */
export function recordOutcome(requestParams, response, context, events, done) {
  const request = requestParams.name;
  const ms = response.timings?.phases?.firstByte;
  const start = startedAt.get(requestParams);
  const responseMs = start === undefined ? undefined : performance.now() - start;
  const outcome = classifyStatus(response.statusCode);
  events.emit('counter', `brisk.${request}.${outcome}`, 1);
  const t = apdexTFor(context.vars, request);
  if (t !== undefined) events.emit('counter', `brisk.${request}.apdex.${classifyApdex(outcome, ms, t)}`, 1);
  logLatency(request, response.statusCode, ms === undefined ? undefined : Math.round(ms * 100) / 100, responseMs);
  return done();
}

/** Scenario-level onError: a request that got no response at all (refused, reset, timed out) failed. */
export function recordFailure(error, requestParams, context, events, done) {
  const request = requestParams.name;
  events.emit('counter', `brisk.${request}.failed`, 1);
  if (apdexTFor(context.vars, request) !== undefined) events.emit('counter', `brisk.${request}.apdex.frustrated`, 1);
  logLatency(request, error.code ?? 'ERROR', undefined);
  return done();
}
