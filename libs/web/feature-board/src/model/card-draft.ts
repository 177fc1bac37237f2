import type { BoardLabel, Card } from '@brisk/shared-contracts';
import { parseLabels } from './parse-labels.ts';

/** The card fields the dialog edits, as the API takes them. */
export type CardValues = Pick<Card, 'title' | 'description' | 'labels' | 'assigneeId' | 'dueDate'>;
export type CardField = keyof CardValues;

const cardFields: readonly CardField[] = ['title', 'description', 'labels', 'assigneeId', 'dueDate'];

/** The dialog's fields as typed: labels are the board set's names picked in the picker plus free text for others. */
export interface CardDraft {
  title: string;
  description: string;
  pickedLabels: string[];
  otherLabels: string;
  /** '' when nobody is assigned. */
  assigneeId: string;
  /** '' when there is no due date. */
  dueDate: string;
}

/** Labels match the set whatever their case, as the set's names are unique whatever their case. */
const labelKey = (label: string) => label.toLowerCase();

export function draftOf(card: CardValues, boardLabels: readonly BoardLabel[]): CardDraft {
  const onCard = new Set(card.labels.map(labelKey));
  const inSet = new Set(boardLabels.map((label) => labelKey(label.name)));
  return {
    title: card.title,
    description: card.description,
    pickedLabels: boardLabels.filter((label) => onCard.has(labelKey(label.name))).map((label) => label.name),
    otherLabels: card.labels.filter((label) => !inSet.has(labelKey(label))).join(', '),
    assigneeId: card.assigneeId ?? '',
    dueDate: card.dueDate ?? '',
  };
}

/** What the draft would save; free text naming a picked label adds nothing. */
export function valuesOf(draft: CardDraft): CardValues {
  const picked = new Set(draft.pickedLabels.map(labelKey));
  return {
    title: draft.title.trim(),
    description: draft.description,
    labels: [...draft.pickedLabels, ...parseLabels(draft.otherLabels).filter((label) => !picked.has(labelKey(label)))],
    assigneeId: draft.assigneeId || null,
    dueDate: draft.dueDate || null,
  };
}

function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  const keys = new Set(a.map(labelKey));
  return keys.size === new Set(b.map(labelKey)).size && b.every((label) => keys.has(labelKey(label)));
}

/** The fields whose values differ; labels are a set (order and case aside), as a card shows them. */
export function changedFields(values: CardValues, card: CardValues): CardField[] {
  return cardFields.filter((field) =>
    field === 'labels' ? !sameLabels(values.labels, card.labels) : values[field] !== card[field],
  );
}

/** Only these fields' values: a save sends what the user changed, never a stale copy of what they left alone. */
export function pickFields(values: CardValues, fields: readonly CardField[]): Partial<CardValues> {
  return Object.fromEntries(fields.map((field) => [field, values[field]]));
}

/**
 * The draft once someone else saved `current` over the `base` the user started from: the fields the user changed keep
 * what they typed, every other field takes the current value.
 */
export function rebaseDraft(draft: CardDraft, base: CardValues, current: CardValues, boardLabels: readonly BoardLabel[]) {
  const mine = new Set(changedFields(valuesOf(draft), base));
  const theirs = draftOf(current, boardLabels);
  const pick = <K extends keyof CardDraft>(field: CardField, key: K): CardDraft[K] =>
    mine.has(field) ? draft[key] : theirs[key];
  return {
    title: pick('title', 'title'),
    description: pick('description', 'description'),
    pickedLabels: pick('labels', 'pickedLabels'),
    otherLabels: pick('labels', 'otherLabels'),
    assigneeId: pick('assigneeId', 'assigneeId'),
    dueDate: pick('dueDate', 'dueDate'),
  } satisfies CardDraft;
}
