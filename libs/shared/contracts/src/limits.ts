/** Caps on every user-supplied string and list, shared by the API validation and the SPA's form hints. */
export const limits = {
  emailMax: 254,
  nameMax: 100,
  passwordMin: 8,
  passwordMax: 128,
  boardNameMax: 100,
  columnNameMax: 100,
  columnsPerBoardMax: 20,
  wipLimitMax: 999,
  cardTitleMax: 200,
  cardDescriptionMax: 10_000,
  labelsMax: 10,
  labelMax: 32,
  searchQueryMax: 200,
  searchLimitMax: 50,
  searchLimitDefault: 20,
  bodyBytesMax: 256 * 1024,
} as const;
