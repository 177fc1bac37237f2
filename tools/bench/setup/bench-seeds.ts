import type { SeedOptions } from '../../seed/seed-options.ts';

/** A–E: one board of 500 cards (the board GET under test). */
export const boardSeed: SeedOptions = { users: 2, boards: 1, cards: 500, columns: 5 };
/** F–G: 20 boards x 5,000 cards = the 100,000-card search corpus; 100 columns spread the writes. */
export const corpusSeed: SeedOptions = { users: 2, boards: 20, cards: 5_000, columns: 5 };
