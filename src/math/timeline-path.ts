/** A point of a series in pixels; `y` null where the value is unknown (a gap in the line). */
export interface PlotPoint {
  readonly x: number;
  readonly y: number | null;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * The SVG path of a series: straight segments, a new `M` after each gap, numbers rounded to 3
 * decimals; '' when no point is known. Byte for byte what d3-shape's
 * `line().defined((p) => p.y !== null)` writes (the tests compare the two): d3-shape ships as one
 * pre-bundled file that does not tree-shake, and carrying every curve and symbol for this loop
 * cost 3.2 KB gzipped of the timeline's 24 KB (measured 2026-11-23).
 */
export function linePath(points: readonly PlotPoint[]): string {
  let d = '';
  let run = 0;
  for (const p of points) {
    if (p.y === null) {
      // d3 closes a one-point run ("Mx,yZ"): a dot with round caps, a dot-sized nothing without.
      if (run === 1) d += 'Z';
      run = 0;
      continue;
    }
    d += `${run++ ? 'L' : 'M'}${round(p.x)},${round(p.y)}`;
  }
  return run === 1 ? d + 'Z' : d;
}

/** Indices of known points with no known neighbour: a line cannot show them, a dot must. */
export function isolatedPoints(points: readonly PlotPoint[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < points.length; i++) {
    if (points[i]!.y === null) continue;
    if ((i === 0 || points[i - 1]!.y === null) && (i === points.length - 1 || points[i + 1]!.y === null)) out.push(i);
  }
  return out;
}

/**
 * Thins a long series to what a screen can show, without changing the picture: in each pixel
 * column (`x` rounded down) of each unbroken run, it keeps the first, lowest, highest and last
 * point, in their order (the M4 reduction of Jugel et al., 2014). Gaps stay gaps. 10,000 daily
 * points on a 1,000 px plot become at most 4,000, and the path string shrinks with them;
 * the crosshair and the table keep reading the exact values.
 */
export function simplifyToPixels(points: readonly PlotPoint[]): PlotPoint[] {
  const out: PlotPoint[] = [];
  let i = 0;
  while (i < points.length) {
    const p = points[i]!;
    if (p.y === null) {
      if (out.length && out[out.length - 1]!.y !== null) out.push(p);
      i++;
      continue;
    }
    // One column of one run: [i, j).
    const column = Math.floor(p.x);
    let j = i;
    let lo = i;
    let hi = i;
    while (j < points.length && points[j]!.y !== null && Math.floor(points[j]!.x) === column) {
      if (points[j]!.y! < points[lo]!.y!) lo = j;
      if (points[j]!.y! > points[hi]!.y!) hi = j;
      j++;
    }
    for (const k of [...new Set([i, lo, hi, j - 1])].sort((a, b) => a - b)) out.push(points[k]!);
    i = j;
  }
  return out;
}
