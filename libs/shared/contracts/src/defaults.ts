/**
 * Plain values, apart from the zod schemas: the SPA imports them without pulling zod into its bundle (contracts are
 * declared side effect free to the web build).
 */
export const defaultColumnNames = ['To do', 'Doing', 'Done'] as const;
