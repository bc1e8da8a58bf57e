import { nice, ticks } from 'd3-array';

/**
 * The timeline's scales and tick choice: pure numbers, no DOM. Tick values come from d3-array
 * (`ticks`, `nice`, the same code d3-scale's linear scale calls). The scales themselves are the
 * two-line linear maps below, not d3-scale's `scaleLinear` / `scaleUtc`: those bring d3-format,
 * d3-interpolate, d3-color, d3-time and d3-time-format with them, 9.0 and 11.0 KB gzipped
 * (measured with rolldown, 2026-11-23) for a page that formats with Intl and interpolates nothing.
 */

/** A linear map from a domain to a range (pixels), with its inverse. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  invert(pixel: number): number;
}

/** A linear scale, as d3's `scaleLinear().domain(domain).range(range)` without clamping. An empty domain maps to the range's middle. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) => (k ? r0 + (value - d0) * k : (r0 + r1) / 2)) as LinearScale;
  return Object.assign(scale, {
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
    invert: (pixel: number) => (k ? d0 + (pixel - r0) / k : d0),
  });
}

/**
 * The value axis's domain: the data's extent stretched to include zero (counts are read from a
 * zero baseline), then widened to round ticks with d3's `nice`. `[0, 1]` when there are no values.
 */
export function valueDomain(min: number, max: number, count: number): [number, number] {
  let lo = Math.min(0, Number.isFinite(min) ? min : 0);
  let hi = Math.max(0, Number.isFinite(max) ? max : 0);
  if (lo === hi) hi = lo + 1;
  [lo, hi] = nice(lo, hi, count);
  return [lo, hi];
}

/** Round values for the value axis and its grid lines (d3's `ticks`). */
export function valueTicks(domain: readonly [number, number], count: number): number[] {
  return ticks(domain[0], domain[1], count);
}

/** The calendar units a time axis counts in, finest last. */
export type TimeUnit = 'year' | 'month' | 'day';

const RANK: Readonly<Record<TimeUnit, number>> = { day: 0, month: 1, year: 2 };

/** Steps tried, finest first: days 1, 2, 7 (1st, 8th, 15th, 22nd), 14 (1st, 15th); months 1, 2, 3, 6; years 1, 2, 5, 10 … */
const STEPS: readonly (readonly [TimeUnit, number])[] = [
  ['day', 1],
  ['day', 2],
  ['day', 7],
  ['day', 14],
  ['month', 1],
  ['month', 2],
  ['month', 3],
  ['month', 6],
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n) => ['year', n] as const),
];

/** The start (UTC ms) of the calendar unit that holds `time`. */
export function unitStart(time: number, unit: TimeUnit): number {
  const d = new Date(time);
  const y = d.getUTCFullYear();
  const m = unit === 'year' ? 0 : d.getUTCMonth();
  const day = unit === 'day' ? d.getUTCDate() : 1;
  const out = new Date(0);
  out.setUTCFullYear(y, m, day);
  return out.getTime();
}

/** The start of the unit `n` units after the one starting at `start`. */
export function addUnits(start: number, unit: TimeUnit, n: number): number {
  const d = new Date(start);
  if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + n);
  else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + n);
  else d.setUTCDate(d.getUTCDate() + n);
  return d.getTime();
}

/** Whether a unit start is on a step of `step` units (years divisible by it, months 1, 4, 7, 10 for 3 …). */
function onStep(start: number, unit: TimeUnit, step: number): boolean {
  const d = new Date(start);
  if (unit === 'year') return d.getUTCFullYear() % step === 0;
  if (unit === 'month') return d.getUTCMonth() % step === 0;
  const day = d.getUTCDate();
  // Steps of 7 and 14 restart every month (1, 8, 15, 22 / 1, 15) and skip the short last stretch.
  return (day - 1) % step === 0 && (step < 7 || day + step <= 30);
}

/** One time tick: the calendar unit it names (`start`, `end`), and the middle where its label sits. */
export interface TimeTick {
  readonly start: number;
  readonly end: number;
  readonly center: number;
  readonly unit: TimeUnit;
}

/** The unit starts on `step` from `start` to `end` (exclusive), at most `limit + 1` of them. */
function stepTicks(start: number, end: number, unit: TimeUnit, step: number, limit: number): TimeTick[] {
  const out: TimeTick[] = [];
  for (let t = unitStart(start, unit); t < end && out.length <= limit; t = addUnits(t, unit, 1)) {
    if (t < start || !onStep(t, unit, step)) continue;
    const next = addUnits(t, unit, 1);
    out.push({ start: t, end: next, center: (t + next) / 2, unit });
  }
  return out;
}

/**
 * Chooses the time axis's ticks for a domain (UTC ms) and a width: the finest calendar step,
 * no finer than the data's periods (`finest`), whose labels fit side by side. `fits(ticks)`
 * says whether a set of ticks can be labelled in the width (the caller knows the labels).
 * Each tick names a whole unit (a year, a month, a day) and its label sits in that unit's middle,
 * over the point of the period of the same name.
 */
export function timeTicks(domain: readonly [number, number], finest: TimeUnit, fits: (ticks: readonly TimeTick[]) => boolean): TimeTick[] {
  const [start, end] = domain;
  let chosen: TimeTick[] = [];
  for (const [unit, step] of STEPS) {
    if (RANK[unit] < RANK[finest]) continue;
    // A unit must start inside the domain, so a year-long domain gets its year, not a month of it.
    const found = stepTicks(start, end, unit, step, 400);
    if (found.length > 400) continue;
    chosen = found;
    if (fits(found)) return found;
  }
  return chosen;
}

/**
 * Moves labels apart vertically: each at least `gap` below the one above it, the lowest no
 * further than `max` (pushed back up), the highest no higher than `min`. Returns new positions
 * in the order given.
 */
export function dodge(positions: readonly number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((y, i) => [y, i] as const).sort((a, b) => a[0] - b[0]);
  const placed = order.map(([y]) => y);
  for (let i = 0; i < placed.length; i++) placed[i] = Math.max(placed[i]!, i ? placed[i - 1]! + gap : min);
  for (let i = placed.length - 1; i >= 0; i--) placed[i] = Math.min(placed[i]!, i < placed.length - 1 ? placed[i + 1]! - gap : max);
  const out = new Array<number>(positions.length);
  order.forEach(([, index], i) => (out[index] = placed[i]!));
  return out;
}

/**
 * Rows for markers on one lane, so none overlaps another: each marker (its `from`–`to` extent in
 * pixels) goes into the first row whose last marker ends `gap` before it. Past `maxRows`, a
 * marker goes into the row that ends first, and may overlap (the keyboard and the table still
 * reach it). Input in any order.
 */
export function stackRows(extents: readonly (readonly [number, number])[], gap: number, maxRows = Infinity): number[] {
  const order = extents.map((_, i) => i).sort((a, b) => extents[a]![0] - extents[b]![0]);
  const ends: number[] = [];
  const rows = new Array<number>(extents.length);
  for (const i of order) {
    const [from, to] = extents[i]!;
    let row = ends.findIndex((end) => end + gap <= from);
    if (row < 0) row = ends.length < maxRows ? ends.length : ends.indexOf(Math.min(...ends));
    ends[row] = Math.max(to, ends[row] ?? -Infinity);
    rows[i] = row;
  }
  return rows;
}

/** Index of the value in a sorted array nearest to `x` (-1 for an empty array). */
export function nearest(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && x - sorted[lo - 1]! <= sorted[lo]! - x ? lo - 1 : lo;
}
