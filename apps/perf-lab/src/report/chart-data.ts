import { readActiveUsers } from '../analysis/active-users.ts';
import { bucketBySecond } from '../analysis/latency-series.ts';
import type { Point } from '../analysis/linear-regression.ts';
import { findRunSpan, type RunData } from '../analysis/run-data.ts';
import { generatorCpuLimitPercent } from '../analysis/run-validity.ts';
import type { GeneratorSample } from '../sampling/generator-sampler.ts';
import type { LatencySample } from '../sampling/latency-sample.ts';
import type { ServerSample } from '../sampling/server-metrics.ts';

export interface Chart {
  id: string;
  title: string;
  unit: string;
  /** The x axis' label; seconds since the run started unless said otherwise. */
  xLabel?: string;
  x: number[];
  /** `pointsOnly`: a marker, drawn as dots without a line (the capacity knee). */
  series: { label: string; values: (number | null)[]; pointsOnly?: boolean }[];
  /** Draw across missing points: set where series are sampled at different instants, not where a gap means a stall. */
  spanGaps?: boolean;
}

const megabytes = (bytes: number | undefined) => (bytes === undefined ? null : bytes / 1024 / 1024);
const orNull = (value: number | undefined) => (value === undefined ? null : value);
const round = (value: number) => Math.round(value * 10) / 10;

export interface TimeSeriesInput {
  startAt: number;
  latency: readonly LatencySample[];
  /** Active virtual users, when Artillery reported them. */
  users: readonly Point[] | undefined;
  server: readonly ServerSample[];
  generator: readonly GeneratorSample[];
  cores: number;
}

/** The report's time series, all in seconds since the run started. */
export function buildCharts(data: RunData): Chart[] {
  const { startAt } = findRunSpan(data);
  return buildTimeCharts({
    startAt,
    latency: data.latency,
    users: readActiveUsers(data.report.intermediate, startAt),
    server: data.server?.samples ?? [],
    generator: data.generator,
    cores: data.record.machine.cores,
  });
}

export function buildTimeCharts(input: TimeSeriesInput): Chart[] {
  const { startAt, users, server } = input;
  const seconds = bucketBySecond(input.latency, startAt);
  const secondsX = seconds.map((point) => point.t);
  const serverX = server.map((sample) => round((sample.at - startAt) / 1000));
  const generator = input.generator.filter((sample) => sample.at >= startAt);
  const charts: Chart[] = [
    {
      id: 'latency',
      title: 'Latency, time to first byte, per second (all requests)',
      unit: 'ms',
      x: secondsX,
      series: [
        { label: 'p50', values: seconds.map((point) => orNull(point.p50Ms)) },
        { label: 'p95', values: seconds.map((point) => orNull(point.p95Ms)) },
        { label: 'p99', values: seconds.map((point) => orNull(point.p99Ms)) },
      ],
    },
    {
      id: 'throughput',
      title: 'Requests, failures and 409 conflicts per second',
      unit: 'per s',
      x: secondsX,
      series: [
        { label: 'requests', values: seconds.map((point) => point.requests) },
        { label: 'failed', values: seconds.map((point) => point.failed) },
        { label: '409 conflicts', values: seconds.map((point) => point.conflicts) },
      ],
    },
  ];
  if (users) {
    charts.push({
      id: 'users',
      title: 'Active virtual users (end of each 10 s period)',
      unit: 'users',
      x: users.map((point) => round(point.x)),
      series: [{ label: 'active users', values: users.map((point) => point.y) }],
    });
  }
  if (server.length > 0) {
    charts.push(
      {
        id: 'memory',
        title: 'Server memory',
        unit: 'MB',
        x: serverX,
        series: [
          { label: 'RSS', values: server.map((sample) => megabytes(sample.rssBytes)) },
          { label: 'heap used', values: server.map((sample) => megabytes(sample.heapUsedBytes)) },
        ],
      },
      {
        id: 'event-loop',
        title: 'Server event-loop delay, p99 of each second',
        unit: 'ms',
        x: serverX,
        series: [{ label: 'event-loop delay p99', values: server.map((sample) => orNull(sample.eventLoopP99Ms)) }],
      },
    );
  }
  const cpuX = [...new Set([...serverX, ...generator.map((sample) => round((sample.at - startAt) / 1000))])].sort((a, b) => a - b);
  const valueAt = (points: { x: number; y: number | undefined }[]) => {
    const byX = new Map(points.map((point) => [point.x, point.y]));
    return cpuX.map((x) => orNull(byX.get(x)));
  };
  charts.push({
    id: 'cpu',
    title: `CPU (100% = one core; the load generator must stay under ${generatorCpuLimitPercent}%; the machine has ${input.cores})`,
    unit: '%',
    x: cpuX,
    spanGaps: true,
    series: [
      { label: 'server', values: valueAt(server.map((sample, index) => ({ x: serverX[index]!, y: sample.cpuPercent }))) },
      { label: 'load generator', values: valueAt(generator.map((sample) => ({ x: round((sample.at - startAt) / 1000), y: sample.cpuPercent }))) },
      { label: 'whole machine', values: valueAt(generator.map((sample) => ({ x: round((sample.at - startAt) / 1000), y: sample.hostCpuPercent }))) },
    ],
  });
  return charts;
}
