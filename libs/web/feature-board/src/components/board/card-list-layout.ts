/**
 * How a column's card list lays out its (virtual) items, in px; the CSS of `.cards` pads the sides. Around a list, the
 * page keeps about 340 px of the window's height: the app header, the board's title and filter bar, the column's
 * header and its add-card form.
 */
export const cardListLayout = { estimateSize: 72, gap: 8, paddingStart: 4, paddingEnd: 8, surroundingHeight: 340 } as const;
