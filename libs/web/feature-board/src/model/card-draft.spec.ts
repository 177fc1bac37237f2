import type { BoardLabel } from '@brisk/shared-contracts';
import { describe, expect, it } from 'vitest';
import { changedFields, draftOf, pickFields, rebaseDraft, valuesOf, type CardValues } from './card-draft.ts';

const boardLabels: BoardLabel[] = [
  { name: 'Bug', color: 'red' },
  { name: 'UI', color: 'blue' },
];
const card: CardValues = {
  title: 'Fix login',
  description: 'It fails',
  labels: ['ui', 'later'],
  assigneeId: 'ada',
  dueDate: '2026-03-01',
};

describe('draftOf and valuesOf', () => {
  it('when a card is opened, then labels of the set are picked (whatever their case) and the rest is free text', () => {
    const draft = draftOf(card, boardLabels);

    expect(draft).toMatchObject({ pickedLabels: ['UI'], otherLabels: 'later', assigneeId: 'ada' });
  });

  it('when nothing was typed, then the draft saves what the card holds', () => {
    expect(changedFields(valuesOf(draftOf(card, boardLabels)), card)).toEqual([]);
  });

  it('when free text repeats itself or a picked label, then each label is saved once, as parseLabels would', () => {
    const draft = { ...draftOf(card, boardLabels), pickedLabels: ['Bug'], otherLabels: ' bug, x,, x ,later', dueDate: '' };

    expect(valuesOf(draft)).toMatchObject({ labels: ['Bug', 'x', 'later'], dueDate: null });
  });
});

describe('changedFields and pickFields', () => {
  it('when two fields were edited, then only those are named and sent', () => {
    const draft = { ...draftOf(card, boardLabels), title: ' Fix sign-in ', assigneeId: '' };

    const fields = changedFields(valuesOf(draft), card);

    expect(fields).toEqual(['title', 'assigneeId']);
    expect(pickFields(valuesOf(draft), fields)).toEqual({ title: 'Fix sign-in', assigneeId: null });
  });
});

describe('rebaseDraft', () => {
  it('when someone else saved meanwhile, then the fields the user changed keep their text and the others take theirs', () => {
    const draft = { ...draftOf(card, boardLabels), title: 'Mine', pickedLabels: ['Bug', 'UI'] };
    const current: CardValues = { ...card, title: 'Theirs', description: 'Their words', labels: ['ui'] };

    const rebased = rebaseDraft(draft, card, current, boardLabels);

    expect(rebased).toMatchObject({ title: 'Mine', description: 'Their words', pickedLabels: ['Bug', 'UI'] });
    expect(changedFields(valuesOf(rebased), current)).toEqual(['title', 'labels']);
  });
});
