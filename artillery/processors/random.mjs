/** A uniformly random element; undefined for an empty list. */
export function pickRandom(items) {
  return items.length === 0 ? undefined : items[Math.floor(Math.random() * items.length)];
}

/** A random integer from 1 to `max`, both included. */
export function pickNumber(max) {
  return 1 + Math.floor(Math.random() * max);
}
