import { sentBrotli, type ChunkRow } from './chunk-sizes.ts';
import { groupOrder } from './group-chunks.ts';

const bytes = (value: number) => value.toLocaleString('en-US');
/** A missing encoding means the file is sent as it is: show those bytes, marked. */
const sent = (encoded: number | undefined, raw: number) => (encoded === undefined ? `${bytes(raw)}*` : `${bytes(encoded)} `);

/** One line a chunk: initial first, then the board route, then the rest; heaviest first within a group. */
export function renderBudgetTable(rows: readonly ChunkRow[]): string[] {
  const sorted = rows.toSorted(
    (a, b) =>
      groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group) ||
      sentBrotli(b.sizes) - sentBrotli(a.sizes) ||
      a.file.localeCompare(b.file),
  );
  const cells = [
    ['file', 'group', 'raw ', 'gzip ', 'brotli '],
    ...sorted.map(({ file, group, sizes }) => [
      file,
      group,
      `${bytes(sizes.raw)} `,
      sent(sizes.gzip, sizes.raw),
      sent(sizes.brotli, sizes.raw),
    ]),
  ];
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((line) => line[column]!.length)));
  const lines = cells.map((line) =>
    line.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd(),
  );
  const marked = rows.some(({ sizes }) => sizes.gzip === undefined || sizes.brotli === undefined);
  return [
    'JS chunks of the SPA, bytes as sent (KB = 1,000 bytes):',
    ...lines,
    ...(marked ? ['* sent uncompressed on purpose: that encoding did not make the file smaller'] : []),
  ];
}
