/** The parts of a Lighthouse result (LHR) and of lhci's assertion results that this command reads. */
export interface LighthouseResult {
  lighthouseVersion: string;
  requestedUrl: string;
  finalDisplayedUrl: string;
  runWarnings: string[];
  /** Lighthouse's CPU benchmark of the machine during the run: lower is slower. */
  environment: { benchmarkIndex: number };
  categories: { performance?: { score: number | null } };
  audits: Record<string, { numericValue?: number } | undefined>;
}

export interface AssertionResult {
  url: string;
  auditId: string;
  auditProperty?: string;
  operator: string;
  expected: number;
  actual: number;
  passed: boolean;
  level: string;
}
