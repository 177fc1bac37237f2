import path from 'node:path';

/** The layout of perf-results/<timestamp>-<scenario>/. */
export function runFiles(runDir: string) {
  const file = (name: string) => path.join(runDir, name);
  return {
    record: file('run.json'),
    script: file('script.json'),
    artilleryReport: file('artillery-report.json'),
    artilleryLog: file('artillery.log'),
    apiLog: file('api.log'),
    latencyDir: file('latency'),
    serverSamples: file('server-samples.json'),
    generatorSamples: file('generator-samples.json'),
    summary: file('summary.json'),
    report: file('report.html'),
  };
}
