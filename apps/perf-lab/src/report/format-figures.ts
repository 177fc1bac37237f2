export function formatMs(ms: number | undefined): string {
  if (ms === undefined) return '–';
  return ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

export function formatNumber(value: number | undefined, digits = 1): string {
  return value === undefined ? '–' : value.toFixed(digits);
}

export function formatPercent(value: number | undefined, digits = 1): string {
  return value === undefined ? '–' : `${value.toFixed(digits)}%`;
}

export function formatBytes(bytes: number | undefined): string {
  return bytes === undefined ? '–' : `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return `${String(minutes).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}
