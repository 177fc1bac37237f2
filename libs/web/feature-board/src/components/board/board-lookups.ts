import type { BoardLabel, LabelColor, Member } from '@brisk/shared-contracts';
import { createContext, useMemo } from 'react';
import { initialsOf } from '../../model/initials.ts';

export interface Assignee {
  name: string;
  initials: string;
}

/** What a card looks up in its board: its labels' colours (by lower-case name) and its assignee. */
export interface BoardLookups {
  labelColors: ReadonlyMap<string, LabelColor>;
  assignees: ReadonlyMap<string, Assignee>;
}

export const BoardLookupsContext = createContext<BoardLookups>({ labelColors: new Map(), assignees: new Map() });

/** The same object until the label set or the members change: a card re-renders for those, not for its neighbours. */
export function useBoardLookups(labels: readonly BoardLabel[], members: readonly Member[]): BoardLookups {
  return useMemo(
    () => ({
      labelColors: new Map(labels.map((label) => [label.name.toLowerCase(), label.color])),
      assignees: new Map(members.map(({ userId, name }) => [userId, { name, initials: initialsOf(name) }])),
    }),
    [labels, members],
  );
}
