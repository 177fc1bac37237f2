import { fileURLToPath } from 'node:url';
import { type Service, findFreePort, spawnService, waitUntilReady } from '@brisk/shared-util-lab';

export interface ControlInstance {
  origin: string;
  service: Service;
}

/**
 * A control server from tools/bench/controls, on plain Node (type stripping; no tsx loader in the process being
 * measured). It gets the port first, then its own arguments; `readyPath` must answer 200 once it serves.
 */
export async function startControl(script: string, args: string[], readyPath: string, logDir: string): Promise<ControlInstance> {
  const port = await findFreePort();
  const scriptPath = fileURLToPath(new URL(`../controls/${script}.ts`, import.meta.url));
  const env = { PATH: process.env['PATH'], HOME: process.env['HOME'], NODE_ENV: 'production' };
  const service = spawnService(`control-${script}`, [scriptPath, String(port), ...args], env, logDir);
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilReady(service, `${origin}${readyPath}`);
  return { origin, service };
}
