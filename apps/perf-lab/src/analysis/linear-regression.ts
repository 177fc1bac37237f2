export interface Point {
  x: number;
  y: number;
}

export interface Line {
  slope: number;
  intercept: number;
}

/** Ordinary least squares; undefined below two distinct x values, where no line is determined. */
export function fitLine(points: readonly Point[]): Line | undefined {
  const n = points.length;
  if (n < 2) return undefined;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / n;
  let covariance = 0;
  let varianceX = 0;
  for (const { x, y } of points) {
    covariance += (x - meanX) * (y - meanY);
    varianceX += (x - meanX) ** 2;
  }
  if (varianceX === 0) return undefined;
  const slope = covariance / varianceX;
  return { slope, intercept: meanY - slope * meanX };
}

export function valueAt(line: Line, x: number): number {
  return line.intercept + line.slope * x;
}
