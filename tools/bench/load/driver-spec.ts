/** A card the move traffic owns, with the version it last saw, moving around its board's columns. */
export interface MoveSlot {
  cardId: string;
  version: number;
  columnIds: string[];
  columnIndex: number;
}

export type DriverTraffic =
  | { kind: 'get'; paths: string[] }
  | { kind: 'create'; columnIds: string[] }
  | { kind: 'move'; slots: MoveSlot[] };

/** Written to a file by the bench and read by load-driver.ts or paced-driver.ts in its own process. */
export interface DriverSpec {
  origin: string;
  connections: number;
  durationSeconds: number;
  pipelining: number;
  /** paced-driver.ts only: total requests per second. */
  rate?: number;
  headers: Record<string, string>;
  traffic: DriverTraffic;
}
