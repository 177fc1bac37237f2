import type { BoardDetail, Card } from '@brisk/shared-contracts';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** As the board shows a due date: a calendar day in UTC, with the year only when it is not this year. */
function formatDue(dueDate: string, today: Date): string {
  const date = new Date(`${dueDate}T00:00:00Z`);
  const sameYear = date.getUTCFullYear() === today.getFullYear();
  const year = sameYear ? {} : { year: 'numeric' as const };
  const text = date.toLocaleDateString('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric', ...year });
  return `<span>Due <time datetime="${escapeHtml(dueDate)}">${text}</time></span>`;
}

function renderCard(card: Card, today: Date): string {
  const labels = card.labels.map((label) => `<span>${escapeHtml(label)}</span> `).join('');
  return `<li><span>${escapeHtml(card.title)}</span> ${labels}${card.dueDate ? formatDue(card.dueDate, today) : ''}</li>`;
}

/**
 * The control page: the board's cards as plain HTML, with the same titles, labels and due texts and the same named
 * regions, but no script, no styles worth the name and nothing to interact with. What a page of this much content
 * costs the browser at the least.
 */
export function renderStaticList(detail: BoardDetail, today = new Date()): string {
  const columns = detail.columns.map(
    (column) =>
      `<section aria-label="${escapeHtml(column.name)}"><h2>${escapeHtml(column.name)}</h2><ul>` +
      `${column.cards.map((card) => renderCard(card, today)).join('\n')}</ul></section>`,
  );
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(detail.board.name)}</title>`,
    '<style>main{display:flex;gap:12px;align-items:flex-start}section{flex:0 0 280px}li{list-style:none;margin:8px 0}</style>',
    `</head><body><h1>${escapeHtml(detail.board.name)}</h1><main>`,
    ...columns,
    '</main></body></html>',
  ].join('\n');
}
