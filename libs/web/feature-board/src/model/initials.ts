/** "Ada Lovelace" -> "AL", "Ada King Lovelace" -> "AL", "ada" -> "A": first and last word, by letter, not UTF-16 unit. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/);
  const first = [...(words[0] ?? '')][0] ?? '';
  const last = words.length > 1 ? ([...(words.at(-1) ?? '')][0] ?? '') : '';
  return (first + last).toUpperCase();
}
