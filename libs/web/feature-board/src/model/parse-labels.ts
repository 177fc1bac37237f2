/** "bug, ui,,bug " -> ["bug", "ui"]: the dialog edits labels as one comma-separated line. */
export function parseLabels(text: string): string[] {
  const labels = text
    .split(',')
    .map((label) => label.trim())
    .filter((label) => label !== '');
  return [...new Set(labels)];
}
