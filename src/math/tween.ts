/**
 * Cubic ease-out, as d3-ease's easeCubicOut. Written out here: d3-ease and d3-interpolate
 * ship as single files whose top-level IIFEs do not tree-shake, and pulling them (with
 * d3-color) in for one curve cost 5 KB gzipped of the IIFE bundle (measured 2026-11-23).
 */
export function easeCubicOut(t: number): number {
  return --t * t * t + 1;
}

/** The value a count-up shows at `t` ∈ [0, 1] of the way from `from` to `to` (eased). */
export function tweenNumber(from: number, to: number): (t: number) => number {
  return (t) => (t >= 1 ? to : from + (to - from) * easeCubicOut(Math.max(0, t)));
}

/** Reads a CSS duration (`800ms`, `0.8s`, `0`) in milliseconds; `fallback` when unreadable. */
export function parseDuration(value: string, fallback: number): number {
  const match = /^\s*(-?[\d.]+)\s*(ms|s)?\s*$/.exec(value);
  if (!match) return fallback;
  const amount = Number(match[1]);
  if (!Number.isFinite(amount) || amount < 0) return fallback;
  return match[2] === 's' ? amount * 1000 : amount;
}
