import type { Point } from './projection.js';

/** An arrow key's direction on screen. */
export type Direction = 'up' | 'down' | 'left' | 'right';

const VECTORS: Readonly<Record<Direction, Point>> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };

/**
 * The point an arrow key moves to from `points[from]`: among the points ahead in that
 * direction, the one nearest along it, with sideways distance counting double (so → prefers
 * the neighbour to the right over one far up and a little right). −1 when none is ahead.
 */
export function nearestInDirection(points: readonly Point[], from: number, direction: Direction): number {
  const origin = points[from];
  if (!origin) return -1;
  const [dx, dy] = VECTORS[direction];
  let best = -1;
  let bestScore = Infinity;
  for (let i = 0; i < points.length; i++) {
    if (i === from) continue;
    const x = points[i]![0] - origin[0];
    const y = points[i]![1] - origin[1];
    const along = x * dx + y * dy;
    // Ahead means within 60° of the arrow's direction (tan 60° ≈ 1.73): a point straight
    // above is not "to the right" because it is a hair to the right.
    const across = Math.abs(x * dy - y * dx);
    if (along <= 0 || across > along * 1.732) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** The index of the point nearest to `p` among `candidates` (indexes into `points`) within `radius`; −1 if none. */
export function nearestPoint(points: readonly Point[], candidates: readonly number[], p: Point, radius = Infinity): number {
  let best = -1;
  let bestDistance = radius * radius;
  for (const i of candidates) {
    const x = points[i]![0] - p[0];
    const y = points[i]![1] - p[1];
    const distance = x * x + y * y;
    if (distance <= bestDistance) {
      bestDistance = distance;
      best = i;
    }
  }
  return best;
}
