/**
 * Everything a run starts or creates registers its undoing here. It runs once, newest first, on success, failure and
 * SIGINT/SIGTERM/SIGHUP, each step bounded so a stuck one cannot hold the machine.
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

export function runCleanup(): Promise<void> {
  running ??= (async () => {
    for (const step of steps.toReversed()) await runStep(step);
  })();
  return running;
}

export function cleanUpOnSignals(): void {
  const signals = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const [signal, exitCode] of Object.entries(signals)) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping what perf-lab started and removing its data…`);
      void runCleanup().finally(() => process.exit(exitCode));
    });
  }
}
