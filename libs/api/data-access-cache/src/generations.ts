export interface GenerationToken {
  key: string;
  entry: { generation: number; holders: number };
  generation: number;
}

/**
 * A per-key generation, kept only while some load of that key is in flight: an invalidation bumps it, and a load that
 * finishes on an older generation must not store what it read. Memory stays bounded by the loads in flight.
 */
export class Generations {
  private readonly entries = new Map<string, GenerationToken['entry']>();

  begin(key: string): GenerationToken {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { generation: 0, holders: 0 };
      this.entries.set(key, entry);
    }
    entry.holders++;
    return { key, entry, generation: entry.generation };
  }

  isCurrent(token: GenerationToken): boolean {
    return token.entry.generation === token.generation;
  }

  bump(key: string): void {
    const entry = this.entries.get(key);
    if (entry) entry.generation++;
  }

  bumpAll(): void {
    for (const entry of this.entries.values()) entry.generation++;
  }

  end(token: GenerationToken): void {
    if (--token.entry.holders === 0) this.entries.delete(token.key);
  }
}
