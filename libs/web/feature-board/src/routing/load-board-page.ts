/** The board page's chunk: its route loads it, and board links fetch it ahead, as soon as the pointer or focus is on one. */
export const loadBoardPage = () => import('../pages/board-page.tsx');
