import os from 'node:os';
import { z } from 'zod';
import { hostCpuPercent, readHostCpuTimes } from './host-cpu.ts';
import { readProcessCpuSeconds } from './process-cpu.ts';

export const GeneratorSampleSchema = z.strictObject({
  /** The sample covers (since, at], epoch ms. */
  since: z.number(),
  at: z.number(),
  /** Of one core, all of Artillery's threads together. */
  cpuPercent: z.number(),
  /** The whole machine, of one core: beyond the generator and a local API, what else was running (a noisy neighbour). */
  hostCpuPercent: z.number().optional(),
});
export type GeneratorSample = z.infer<typeof GeneratorSampleSchema>;

export interface GeneratorSampler {
  latest(): GeneratorSample | undefined;
  /** Every sample so far (a live view: it keeps growing). */
  samples(): readonly GeneratorSample[];
  stop(): GeneratorSample[];
}

/**
 * The load generator's own CPU, every second, from /proc/<pid>/stat (Artillery's workers are threads of that pid), with
 * the whole machine's from /proc/stat beside it.
 */
export function startGeneratorSampler(pid: number, intervalMs = 1_000): GeneratorSampler {
  const samples: GeneratorSample[] = [];
  const cores = os.cpus().length;
  const read = () => ({ at: Date.now(), cpuSeconds: readProcessCpuSeconds(pid), host: readHostCpuTimes() });
  let previous = read();
  const timer = setInterval(() => {
    const current = read();
    if (current.cpuSeconds !== undefined && previous.cpuSeconds !== undefined && current.at > previous.at) {
      const cpuPercent = ((current.cpuSeconds - previous.cpuSeconds) / ((current.at - previous.at) / 1000)) * 100;
      const host = current.host && previous.host ? hostCpuPercent(previous.host, current.host, cores) : undefined;
      samples.push({ since: previous.at, at: current.at, cpuPercent, hostCpuPercent: host });
    }
    previous = current;
  }, intervalMs).unref();
  return {
    latest: () => samples.at(-1),
    samples: () => samples,
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}
