/**
 * 5000 -> "5,000". The app speaks English; Number#toLocaleString builds a number formatter on every call, a cost the
 * filter bar would pay at each render while the board loads.
 */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
