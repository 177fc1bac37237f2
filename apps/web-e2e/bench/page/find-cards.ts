/**
 * Finds columns and cards the way the E2E selectors do, and only by what stays stable across the board's rewrites: a
 * column is a region named after it, a card a button inside a list item in it whose name starts with the card's title.
 * Runs on every DOM change while the bench waits, so it reads attributes and text only, never layout.
 */
function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  const name = labelledBy
    ? labelledBy
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
    : (element.getAttribute('aria-label') ?? '');
  return name.replace(/\s+/g, ' ').trim();
}

export function findRegion(name: string): Element | undefined {
  return [...document.querySelectorAll('section, [role="region"]')].find((element) => accessibleName(element) === name);
}

export function listCards(region: Element): Element[] {
  const items = [...region.querySelectorAll('li, [role="listitem"]')];
  return items.flatMap((item) => item.querySelector('button, [role="button"]') ?? []);
}

export function countListItems(): number {
  return [...document.querySelectorAll('section, [role="region"]')].reduce(
    (sum, region) => sum + region.querySelectorAll('li, [role="listitem"]').length,
    0,
  );
}

export function hasTitle(card: Element, title: string): boolean {
  const text = (card.getAttribute('aria-label') ?? card.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text === title || text.startsWith(`${title} `);
}
