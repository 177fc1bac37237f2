/** "To do, Doing,, Done " -> ["To do", "Doing", "Done"]: a new board's columns, typed as one comma-separated line. */
export function parseColumnNames(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}
