/**
 * Open-loop load: requests leave on a fixed schedule (`rate` per second in total, evenly spaced, like wrk2's constant
 * throughput) whatever the server does, over at most `connections` keep-alive connections (raw-http-connection.ts).
 * A closed loop (autocannon, wrk) sends a connection's next request only when the last reply is in, so at 100
 * connections latency is just 100 / throughput (Little's law); here latency is service time plus whatever queueing
 * the offered rate causes.
 *
 * Latency runs from the request's slot in the schedule, not from when it actually left, so a request that waited for a
 * free connection or for a late timer carries that wait (no coordinated omission). The two waits are reported apart:
 * a late timer is the generator's (it decides whether the rate was kept), a wait for a connection the server's. autocannon's `overallRate` is not
 * used: it gives each connection a quota per second and sends it back to back at the start of every second, a burst at
 * full concurrency rather than a rate.
 *
 * Before the clock starts, one unmeasured request per connection opens every connection, so all of them take turns
 * (least recently used first) as in a closed-loop run. Prints one LoadSample as JSON.
 * Usage: node tools/bench/load/paced-driver.ts <spec.json>
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { RequestContext, RequestParams } from 'autocannon';
import type { DriverSpec } from './driver-spec.ts';
import { buildRequest } from './driver-traffic.ts';
import { percentile, type LoadSample } from './load-sample.ts';
import { RawHttpConnection } from './raw-http-connection.ts';

const spec = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as DriverSpec;
if (!spec.rate || spec.rate <= 0) throw new Error('paced-driver needs a positive rate');
const rate = spec.rate;
const origin = new URL(spec.origin);
const requestTimeoutMs = 10_000;
/** After the last slot, requests still queued or in flight get this long before they count as errors. */
const drainMs = 10_000;
const keptRateShare = 0.95;
const onScheduleLagMs = 5;

const traffic = buildRequest(spec.traffic);
const connections = Array.from({ length: spec.connections }, () => new RawHttpConnection(origin.hostname, Number(origin.port || 80)));
/** Free connections, least recently used first, so every connection takes its turn. */
const idle = [...connections];
const fixedHeaders = Object.entries({ host: origin.host, ...spec.headers })
  .map(([name, value]) => `${name}: ${value}\r\n`)
  .join('');

const total = Math.max(1, Math.round(rate * spec.durationSeconds));
const intervalMs = 1000 / rate;
const latencies: number[] = [];
const timerLags: number[] = [];
let connectionWaitMaxMs = 0;
const statusCodes: Record<string, number> = {};
/** Slots (their scheduled times) waiting for a free connection. */
const queue: number[] = [];
let waitedForConnection = 0;
let errors = 0;
let non2xx = 0;
let responses = 0;
let lastResponseAt = 0;
let start = 0;
let scheduleDone = false;
let finished = false;

interface Outcome {
  status?: number;
  failed?: boolean;
}

/** One request of the traffic (path, body, the move bookkeeping) on `connection`; resolves when the reply is complete. */
async function send(connection: RawHttpConnection): Promise<Outcome> {
  const context: RequestContext = {};
  const base: RequestParams = { method: traffic.method, path: traffic.path ?? '/', headers: {}, body: traffic.body };
  const params = traffic.setupRequest ? traffic.setupRequest(base, context) : base;
  const method = params.method ?? 'GET';
  const extra = Object.entries(params.headers ?? {}).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  const length = params.body === undefined ? '' : `content-length: ${Buffer.byteLength(params.body)}\r\n`;
  const head = `${method} ${params.path ?? '/'} HTTP/1.1\r\n${fixedHeaders}${extra}${length}\r\n`;
  try {
    const response = await connection.request(head, params.body, traffic.onResponse !== undefined, performance.now(), method === 'HEAD');
    traffic.onResponse?.(response.status, response.body.toString(), context);
    return { status: response.status };
  } catch {
    return { failed: true };
  }
}

function dispatch(slotAt: number, connection: RawHttpConnection, waited: boolean): void {
  const lag = performance.now() - slotAt;
  if (waited) connectionWaitMaxMs = Math.max(connectionWaitMaxMs, lag);
  else timerLags.push(lag);
  void send(connection).then((outcome) => {
    const now = performance.now();
    if (outcome.failed || outcome.status === undefined) {
      errors++;
    } else {
      responses++;
      lastResponseAt = now;
      statusCodes[outcome.status] = (statusCodes[outcome.status] ?? 0) + 1;
      // Like autocannon's histogram, only 2xx responses count towards latency.
      if (outcome.status >= 200 && outcome.status < 300) latencies.push(now - slotAt);
      else non2xx++;
    }
    const next = queue.shift();
    if (next !== undefined) dispatch(next, connection, true);
    else idle.push(connection);
    if (scheduleDone && idle.length === connections.length) finish();
  });
}

function tick(next: number): void {
  const now = performance.now();
  let slot = next;
  for (; slot < total && start + slot * intervalMs <= now; slot++) {
    const slotAt = start + slot * intervalMs;
    const connection = idle.shift();
    if (connection) {
      dispatch(slotAt, connection, false);
    } else {
      waitedForConnection++;
      queue.push(slotAt);
    }
  }
  if (slot < total) {
    setTimeout(() => tick(slot), Math.max(0, start + slot * intervalMs - performance.now()));
    return;
  }
  scheduleDone = true;
  if (idle.length === connections.length) finish();
  else setTimeout(abandon, drainMs).unref();
}

/** Requests past their timeout fail and their connection reconnects for the next one. */
const sweep = setInterval(() => {
  const limit = performance.now() - requestTimeoutMs;
  for (const connection of connections) {
    const sentAt = connection.sentAt;
    if (sentAt !== undefined && sentAt < limit) connection.abort(new Error('timeout'));
  }
}, 500);
sweep.unref();

/** The drain ran out: whatever is still queued or in flight counts as failed. */
function abandon(): void {
  if (finished) return;
  errors += queue.length;
  queue.length = 0;
  for (const connection of connections) if (connection.busy) connection.abort(new Error('drain timeout'));
}

function finish(): void {
  if (finished) return;
  finished = true;
  clearInterval(sweep);
  const sorted = Float64Array.from(latencies).sort();
  const lags = Float64Array.from(timerLags).sort();
  const elapsedSeconds = Math.max(spec.durationSeconds, (lastResponseAt - start) / 1000);
  const achievedRate = responses / elapsedSeconds;
  const lagP99 = percentile(lags, 0.99);
  const sample: LoadSample = {
    requests: responses,
    durationSeconds: elapsedSeconds,
    requestsPerSecond: achievedRate,
    latencyMs: { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), resolutionMs: 0.001 },
    errors,
    non2xx,
    statusCodes,
    openLoop: {
      targetRate: rate,
      achievedRate,
      timerLagMs: { p50: percentile(lags, 0.5), p99: lagP99, max: lags.at(-1) ?? Number.NaN },
      waitedForConnection,
      connectionWaitMaxMs,
      keptRate: achievedRate >= keptRateShare * rate,
      onSchedule: lagP99 <= onScheduleLagMs,
    },
  };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
  for (const connection of connections) connection.close();
}

// Open every connection first (one unmeasured request each), then start the clock.
await Promise.all(connections.map((connection) => send(connection)));
start = performance.now();
tick(0);
