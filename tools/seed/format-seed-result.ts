import { seedPassword } from './ensure-users.ts';
import type { SeedResult } from './seed-data.ts';

function formatRate(result: SeedResult): string {
  if (result.cardsInserted === 0) return 'no cards inserted (all present)';
  const rate = Math.round(result.cardsPerSecond).toLocaleString('en-US');
  return `${result.cardsInserted.toLocaleString('en-US')} cards inserted in ${result.cardSeconds.toFixed(2)} s (${rate} cards/s)`;
}

export function formatSeedResult(result: SeedResult, target: string): string {
  const emails = result.users.map((user) => user.email);
  const created = result.boards.filter((board) => board.created).length;
  const lines = [
    `Seeded ${target} in ${result.totalSeconds.toFixed(2)} s: ${formatRate(result)}`,
    `Users (${emails.length}, password ${seedPassword}): ${emails.length > 4 ? `${emails[0]} … ${emails.at(-1)}` : emails.join(', ')}`,
    `Boards (${result.boards.length}, ${created} new):`,
  ];
  for (const board of result.boards) {
    lines.push(`  ${board.name}  ${board.id}  ${board.created ? 'created' : 'existed'}, +${board.cardsInserted} cards`);
    lines.push(`    columns: ${board.columnIds.join(' ')}`);
  }
  return lines.join('\n');
}
