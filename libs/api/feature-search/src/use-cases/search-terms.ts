const maxTerms = 8;

/** Words of letters and digits, lower-cased: both engines treat each as a prefix, and all of them must match. */
export function toSearchTerms(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, maxTerms);
}
