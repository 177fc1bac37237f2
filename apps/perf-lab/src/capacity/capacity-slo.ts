/** What each capacity step must hold, from `--slo "p95<=100ms,errors<=1%"`. */
export interface CapacitySlo {
  text: string;
  latency: { percentile: 50 | 95 | 99; maxMs: number }[];
  maxErrorPercent: number | undefined;
}

const latencyTerm = /^p(50|95|99)\s*<=\s*(\d+(?:\.\d+)?)\s*(ms|s)$/;
const errorTerm = /^errors\s*<=\s*(\d+(?:\.\d+)?)\s*%$/;

/** Throws an Error fit for the terminal when a term is not understood. */
export function parseCapacitySlo(text: string): CapacitySlo {
  const slo: CapacitySlo = { text: text.trim(), latency: [], maxErrorPercent: undefined };
  for (const term of text.split(',').map((part) => part.trim().toLowerCase())) {
    const latency = latencyTerm.exec(term);
    const errors = errorTerm.exec(term);
    if (latency) slo.latency.push({ percentile: Number(latency[1]) as 50 | 95 | 99, maxMs: Number(latency[2]) * (latency[3] === 's' ? 1000 : 1) });
    else if (errors) slo.maxErrorPercent = Number(errors[1]);
    else throw new Error(`--slo: cannot read "${term}"; write terms like p95<=100ms, p99<=1s, errors<=1%`);
  }
  if (slo.latency.length === 0 && slo.maxErrorPercent === undefined) throw new Error('--slo needs at least one term');
  return slo;
}
