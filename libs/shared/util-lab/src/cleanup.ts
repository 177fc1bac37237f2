/**
 * For the load-testing tools (perf-lab, the benchmark): everything a run starts or creates registers its undoing here.
 * It runs once, newest first, on success, on failure and on SIGINT/SIGTERM/SIGHUP, each step bounded so a stuck one
 * cannot keep the machine busy. One registry per process.
 */
interface CleanupStep {
  name: string;
  run: () => Promise<void>;
}

const steps: CleanupStep[] = [];
let running: Promise<void> | undefined;
const stepTimeoutMs = 15_000;

export function onCleanup(name: string, run: () => Promise<void>): void {
  steps.push({ name, run });
}

async function runStep(step: CleanupStep): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${stepTimeoutMs / 1000} s`)), stepTimeoutMs);
  });
  try {
    await Promise.race([step.run(), timeout]);
  } catch (error) {
    console.error(`cleanup: ${step.name} failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** Once cleanup has begun nothing new may start: it would outlive the cleanup meant to stop it. */
export function isCleaningUp(): boolean {
  return running !== undefined;
}

export function runCleanup(): Promise<void> {
  running ??= (async () => {
    for (const step of steps.toReversed()) await runStep(step);
  })();
  return running;
}

/** `what` names the tool in the message printed when a signal arrives. */
export function cleanUpOnSignals(what: string): void {
  const signals = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const [signal, exitCode] of Object.entries(signals)) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping everything ${what} started and removing its data…`);
      void runCleanup().finally(() => process.exit(exitCode));
    });
  }
}
