export interface PhaseEvent {
  kind: 'started' | 'completed';
  index: number;
  name: string;
  at: number;
}

const phasePattern = /^Phase (started|completed): (.*) \(index: (\d+), duration: /;

/** Artillery's console line for a phase boundary, timed when perf-lab reads it (its own timestamp is whole seconds). */
export function parsePhaseEvent(line: string, at: number): PhaseEvent | undefined {
  const match = phasePattern.exec(line.trim());
  if (!match) return undefined;
  return { kind: match[1] as PhaseEvent['kind'], name: match[2]!, index: Number(match[3]), at };
}
