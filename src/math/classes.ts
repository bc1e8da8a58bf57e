import { bisectRight, quantileSorted } from 'd3-array';

/** One colour class of a choropleth: the values it holds, `from` to `to` (both shown in the legend). */
export interface ClassRange {
  readonly from: number;
  readonly to: number;
}

/**
 * Sequential colour schemes, 9 steps each, light to dark. ColorBrewer's single-hue ramps
 * (Blues, Greens, Oranges, Purples) and viridis: each reads in order for the common
 * colour-vision deficiencies and in greyscale.
 */
export const SCHEMES: Readonly<Record<string, readonly string[]>> = {
  blues: ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'],
  greens: ['#f7fcf5', '#e5f5e0', '#c7e9c0', '#a1d99b', '#74c476', '#41ab5d', '#238b45', '#006d2c', '#00441b'],
  oranges: ['#fff5eb', '#fee6ce', '#fdd0a2', '#fdae6b', '#fd8d3c', '#f16913', '#d94801', '#a63603', '#7f2704'],
  purples: ['#fcfbfd', '#efedf5', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#54278f', '#3f007d'],
  viridis: ['#fde725', '#addc30', '#5ec962', '#28ae80', '#21918c', '#2c728e', '#3b528b', '#472d7b', '#440154'],
};

/** The most classes a scheme offers. */
export const MAX_CLASSES = 9;

/**
 * `count` colours of a scheme, light to dark. The palest step is skipped below 9 classes: it
 * is too close to a white page and to the "no data" pattern's ground.
 */
export function schemeColors(scheme: string, count: number): string[] {
  const ramp = SCHEMES[scheme] ?? SCHEMES['blues']!;
  const n = Math.max(1, Math.min(MAX_CLASSES, Math.round(count)));
  if (n >= ramp.length) return [...ramp];
  if (n === 1) return [ramp[5]!];
  const first = 1;
  const last = ramp.length - 1;
  return Array.from({ length: n }, (_, i) => ramp[Math.round(first + ((last - first) * i) / (n - 1))]!);
}

/** Rounds to two significant digits (20.4 → 20, 1273 → 1300), so that legends show round bounds. */
export function roundBound(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  // toPrecision drops the float noise of 10 ** k out of legends: 0.35000000000000003 → 0.35.
  return Number((Math.round(value / magnitude) * magnitude).toPrecision(12));
}

/**
 * Class thresholds for known values: quantile breaks rounded to two significant digits,
 * strictly increasing, each above the smallest value and at most the largest. Fewer than
 * `count - 1` when the values are too few or too alike; none for one distinct value.
 * Integer data get integer thresholds.
 */
export function classBreaks(values: readonly number[], count: number): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length < 2) return [];
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const integers = sorted.every(Number.isInteger);
  const thresholds: number[] = [];
  const n = Math.max(1, Math.min(MAX_CLASSES, Math.round(count)));
  for (let i = 1; i < n; i++) {
    let t = roundBound(quantileSorted(sorted, i / n)!);
    if (integers) t = Math.round(t);
    if (t > min && t <= max && (thresholds.length === 0 || t > thresholds[thresholds.length - 1]!)) thresholds.push(t);
  }
  return thresholds;
}

/** The class of a value: 0 below the first threshold, i from threshold i − 1 up to (not including) threshold i. */
export function classOf(value: number, thresholds: readonly number[]): number {
  return bisectRight(thresholds, value);
}

/**
 * What each class holds, for the legend. Integer data: `from`–`to` both included (12–19,
 * 20–34). Otherwise a class runs from its lower threshold up to the next one (shared bounds).
 */
export function classRanges(values: readonly number[], thresholds: readonly number[]): ClassRange[] {
  const known = values.filter(Number.isFinite);
  if (!known.length) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const v of known) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const integers = known.every(Number.isInteger) && thresholds.every(Number.isInteger);
  const bounds = [min, ...thresholds, max];
  const ranges: ClassRange[] = [];
  for (let i = 0; i <= thresholds.length; i++) {
    const from = bounds[i]!;
    const last = i === thresholds.length;
    const to = last ? max : integers ? bounds[i + 1]! - 1 : bounds[i + 1]!;
    ranges.push({ from, to: Math.max(from, to) });
  }
  return ranges;
}
