const units: Record<string, number> = { h: 3600, m: 60, s: 1 };

/** `90`, `90s`, `10m`, `1h30m` → seconds; undefined for anything else. */
export function parseDuration(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text) || undefined;
  if (!/^(\d+[hms])+$/.test(text)) return undefined;
  let seconds = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)([hms])/g)) seconds += Number(amount) * units[unit!]!;
  return seconds > 0 ? seconds : undefined;
}
