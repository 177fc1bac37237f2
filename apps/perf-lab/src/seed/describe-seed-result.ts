import type { SeedResult } from '@brisk/shared-util-lab';

export function describeSeedResult(result: SeedResult): string {
  const rate = result.cardsInserted === 0 ? 'nothing to add' : `${Math.round(result.cardsPerSecond).toLocaleString('en-US')} cards/s`;
  const created = result.boards.filter((board) => board.created).length;
  return (
    `seeded ${result.users.length} users, ${result.boards.length} boards (${created} new), ` +
    `+${result.cardsInserted.toLocaleString('en-US')} cards in ${result.totalSeconds.toFixed(2)} s (${rate})`
  );
}
