import os from 'node:os';

export function readMachineFacts() {
  return { cores: os.cpus().length, cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown', node: process.version, platform: `${os.platform()} ${os.release()}` };
}
