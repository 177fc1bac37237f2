/** How a column's card list lays out its (virtual) items, in px; the CSS of `.cards` pads the sides. */
export const cardListLayout = { estimateSize: 72, gap: 8, paddingStart: 4, paddingEnd: 8 } as const;
