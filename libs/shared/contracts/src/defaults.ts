/**
 * Plain values, apart from the zod schemas: the SPA imports them without pulling zod into its bundle (contracts are
 * declared side effect free to the web build).
 */
export const defaultColumnNames = ['To do', 'Doing', 'Done'] as const;

/** A closed palette of label colours, not free ones, so the UI can pair each with a text colour of known contrast. */
export const labelColors = ['gray', 'red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink'] as const;
