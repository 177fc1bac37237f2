const httpMethods = ['get', 'post', 'put', 'patch', 'delete'] as const;

type FlowStep = Record<string, unknown>;

function namesInFlow(flow: unknown): string[] {
  if (!Array.isArray(flow)) return [];
  return flow.flatMap((step: FlowStep) => {
    if (Array.isArray(step['loop'])) return namesInFlow(step['loop']);
    const method = httpMethods.find((name) => typeof step[name] === 'object');
    const name = method ? (step[method] as { name?: unknown }).name : undefined;
    return typeof name === 'string' ? [name] : [];
  });
}

/** Every request name the scenarios can send, loops included, sorted and without repeats. */
export function listRequestNames(scenarios: readonly { flow?: unknown }[]): string[] {
  return [...new Set(scenarios.flatMap((scenario) => namesInFlow(scenario.flow)))].sort();
}
