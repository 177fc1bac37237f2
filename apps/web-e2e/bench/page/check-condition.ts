import { countListItems, findRegion, hasTitle, listCards } from './find-cards.ts';
import type { Condition } from './probe-api.ts';

const isDragging = () => document.querySelector('[aria-roledescription="sortable"][aria-pressed="true"]') !== null;
const hasDialog = () => document.querySelector('[role="dialog"], dialog[open]') !== null;

export function checkCondition(condition: Condition): boolean {
  switch (condition.kind) {
    case 'first-card': {
      const region = findRegion(condition.column);
      return region !== undefined && listCards(region).length > 0;
    }
    case 'card-count':
      return countListItems() >= condition.count;
    case 'dragging':
      return isDragging();
    case 'not-dragging':
      return !isDragging();
    case 'dropped': {
      const region = findRegion(condition.column);
      return !isDragging() && region !== undefined && listCards(region).some((card) => hasTitle(card, condition.title));
    }
    case 'dialog':
      return hasDialog();
    case 'no-dialog':
      return !hasDialog();
  }
}
