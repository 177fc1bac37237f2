import { arrayMove } from '@dnd-kit/sortable';
import { describe, expect, it } from 'vitest';
import { newIndexAfterMove } from './new-index-after-move.ts';

const items = ['a', 'b', 'c', 'd', 'e'];

describe('newIndexAfterMove', () => {
  it('when any item is dragged to any place, then every item lands where arrayMove would put it', () => {
    for (let activeIndex = 0; activeIndex < items.length; activeIndex++) {
      for (let overIndex = 0; overIndex < items.length; overIndex++) {
        const moved = arrayMove(items, activeIndex, overIndex);
        for (const id of items) {
          expect(newIndexAfterMove({ id, items, activeIndex, overIndex })).toBe(moved.indexOf(id));
        }
      }
    }
  });

  it('when nothing is dragged over the list, then items keep their index', () => {
    expect(newIndexAfterMove({ id: 'c', items, activeIndex: -1, overIndex: -1 })).toBe(2);
  });
});
