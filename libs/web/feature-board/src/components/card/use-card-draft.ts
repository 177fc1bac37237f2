import type { BoardLabel, Card, UpdateCardBody } from '@brisk/shared-contracts';
import { useState } from 'react';
import {
  changedFields,
  draftOf,
  pickFields,
  rebaseDraft,
  valuesOf,
  type CardDraft,
  type CardField,
} from '../../model/card-draft.ts';

/** A save that met someone else's: whether it was an archive, so "Apply my changes again" repeats the same action. */
export interface CardConflict {
  archive: boolean;
}

/**
 * The dialog's edit of a card: what the user typed (`draft`) over the version they started from (`base`). The form
 * never starts over by itself: a newer version only replaces `base` when a save runs into it, and then the user's
 * changes stay.
 */
export function useCardDraft(card: Card, boardLabels: readonly BoardLabel[]) {
  const [base, setBase] = useState(card);
  const [draft, setDraft] = useState(() => draftOf(card, boardLabels));
  const [conflict, setConflict] = useState<CardConflict | null>(null);
  const values = valuesOf(draft);
  const changed = changedFields(values, base);

  return {
    base,
    draft,
    values,
    /** The fields the user changed: none means there is nothing to lose or to save. */
    changed,
    conflict,
    change: (patch: Partial<CardDraft>) => setDraft((previous) => ({ ...previous, ...patch })),
    bodyOf: (archive: boolean): UpdateCardBody => ({
      ...pickFields(values, changed),
      ...(archive && { archived: true }),
      version: base.version,
    }),
    /** Someone else saved `current` first: returns the fields where what the user typed still differs from it. */
    rebase(current: Card, archive: boolean): CardField[] {
      const rebased = rebaseDraft(draft, base, current, boardLabels);
      setDraft(rebased);
      setBase(current);
      setConflict({ archive });
      return changedFields(valuesOf(rebased), current);
    },
    discard() {
      setDraft(draftOf(base, boardLabels));
      setConflict(null);
    },
  };
}
