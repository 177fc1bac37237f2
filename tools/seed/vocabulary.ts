/**
 * A fixed vocabulary so full-text search over seeded cards has realistic hit rates: each topic word appears in about
 * 1/20 of the titles and again in some descriptions, and every card carries a unique number.
 */
export const searchTopics = [
  'login', 'cache', 'deploy', 'search', 'billing', 'invoice', 'upload', 'export', 'signup', 'dashboard',
  'webhook', 'session', 'payment', 'report', 'backup', 'release', 'onboarding', 'profile', 'timeout', 'migration',
] as const;

const verbs = ['Fix', 'Add', 'Refactor', 'Test', 'Deploy', 'Document', 'Review', 'Measure', 'Design', 'Plan', 'Speed up'];
const areas = ['page', 'service', 'worker', 'queue', 'form', 'endpoint', 'index', 'job', 'widget', 'flow', 'table'];
const labelSets = [['bug'], ['feature'], ['chore'], ['bug', 'urgent'], ['design'], [], ['docs'], ['perf']];

function pick<T>(items: readonly T[], n: number): T {
  return items[n % items.length]!;
}

export interface CardText {
  title: string;
  description: string;
  labels: string[];
}

/** Deterministic text for card number `n` of a board, so a rerun writes the same words. */
export function describeCard(n: number): CardText {
  const topic = pick(searchTopics, n);
  const otherTopic = pick(searchTopics, Math.floor(n / searchTopics.length) + 7);
  const area = pick(areas, Math.floor(n / 3));
  return {
    title: `${pick(verbs, n)} ${topic} ${area} ${n}`,
    description: `The ${topic} ${area} misbehaves after the ${otherTopic} change; see ticket ${n}.`,
    labels: pick(labelSets, n),
  };
}
