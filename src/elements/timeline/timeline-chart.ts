/**
 * The timeline's model: everything `<stat-timeline>` draws, worked out from the feed, its
 * attributes and its size. Pure (no Lit, no DOM), so it is tested without a page and rebuilt
 * only when its inputs change (the element memoizes `buildChart`).
 */

import { bisector } from 'd3-array';
import { parsePeriod, type PeriodSpan } from '../../feed/period.js';
import { textIn, type FeedIndex } from '../../feed/select.js';
import type { EventKind, FeedEvent, Metric } from '../../feed/types.js';
import { formatPeriodRange, formatTick } from '../../format/date.js';
import { formatPeriod, formatValue } from '../../format/number.js';
import { fill } from '../../format/strings.js';
import { isolatedPoints, linePath, simplifyToPixels, type PlotPoint } from '../../math/timeline-path.js';
import {
  dodge,
  linearScale,
  nearest,
  stackRows,
  timeTicks,
  valueDomain,
  valueTicks,
  type LinearScale,
  type TimeTick,
  type TimeUnit,
} from '../../math/timeline-scales.js';

/** Width of one character of the 12 px axis labels, for laying labels out before they exist (an estimate: measuring would need a render between derive and draw). */
const CHAR = 7;
/** Height of one row of event markers. */
const LANE = 16;
const KINDS: readonly EventKind[] = ['conference', 'training', 'award', 'competition', 'milestone', 'other'];
const byStart = bisector((span: PeriodSpan) => span.start);

export interface SeriesView {
  readonly id: string;
  readonly label: string;
  /** The metric's unit in the language ('' for none), written with each value. */
  readonly unit: string;
  /** Colour slot, 1 to 6 (by the metric's place in the feed, so a colour never moves). */
  readonly slot: number;
  readonly visible: boolean;
  /** The exact values, one per period (the crosshair and the table read these). */
  readonly values: readonly (number | null)[];
  /** The drawn path (thinned to the pixel width for long series). */
  readonly d: string;
  /** Known points without a known neighbour, drawn as dots (`period`: index). */
  readonly dots: readonly { readonly x: number; readonly y: number; readonly period: number }[];
  /** The last known point, and where its direct label goes. */
  readonly end: { readonly x: number; readonly y: number; readonly labelY: number } | null;
}

export interface EventView {
  readonly date: string;
  readonly kind: EventKind;
  readonly x: number;
  readonly x2: number;
  readonly y: number;
  /** The period the event falls in (the crosshair goes there). */
  readonly period: number;
  readonly title: string;
  readonly summary: string;
  readonly dates: string;
  readonly place: string;
  readonly figures: readonly (readonly [label: string, value: string])[];
  readonly url: string;
}

/** Everything the element draws. */
export interface Chart {
  readonly width: number;
  readonly height: number;
  /** The plot area's edges. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly wide: boolean;
  readonly periods: readonly string[];
  readonly spans: readonly PeriodSpan[];
  readonly index: ReadonlyMap<string, number>;
  /** Each period's x (the middle of its span). */
  readonly xs: readonly number[];
  readonly x: LinearScale;
  readonly y: LinearScale;
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  readonly yTicks: readonly { readonly y: number; readonly value: number; readonly label: string }[];
  readonly labelY: number;
  readonly series: readonly SeriesView[];
  readonly events: readonly EventView[];
  readonly kinds: readonly EventKind[];
  readonly label: string;
  readonly empty: boolean;
}

/** What a chart is built from besides the feed: the element's attributes (checked beforehand), its state and its size. */
export interface ChartOptions {
  /** Ids of the metrics to draw, each in the feed; none: every metric of the feed. */
  readonly metrics: readonly string[];
  /** A region of the feed. */
  readonly region: string;
  /** First and last period shown (valid periods, or '' for the feed's first and last). */
  readonly from: string;
  readonly to: string;
  /** Which events to mark: '' or `all`, `none`, or kinds, comma-separated (the `events` attribute). */
  readonly events: string;
  /** Metric ids hidden with the legend: still in the legend and the table, not drawn nor counted in the value axis. */
  readonly hidden: ReadonlySet<string>;
  /** Width of the chart in pixels (> 0). */
  readonly width: number;
  /** Height of the chart in pixels (the `height` attribute; at least 120, 0 for 300). */
  readonly height: number;
  /** The reader's language, for names, numbers and dates. */
  readonly language: string;
  /** The chart's name, with `{metrics}`, `{region}`, `{from}` and `{to}` to replace (the timeline strings' `label`). */
  readonly label: string;
}

/** Works out the chart: periods, scales, ticks, series paths, event lanes and the chart's name. */
export function buildChart(feed: FeedIndex, options: ChartOptions): Chart {
  const { language, width, hidden, region: regionId } = options;
  const height = Math.max(120, options.height || 300);
  const wide = width >= 480;
  const from = parsePeriod(options.from);
  const to = parsePeriod(options.to);
  const within = (start: number, end: number) => (!from || start >= from.start) && (!to || end <= to.end);

  const periods: string[] = [];
  const spans: PeriodSpan[] = [];
  for (const period of feed.periods) {
    const span = parsePeriod(period)!;
    if (!within(span.start, span.end)) continue;
    periods.push(period);
    spans.push(span);
  }
  const finest: TimeUnit = spans.some((s) => s.granularity === 'day') ? 'day' : spans.some((s) => s.granularity === 'month') ? 'month' : 'year';

  const metrics: Metric[] = options.metrics.length ? options.metrics.map((id) => feed.metric(id)!) : [...feed.feed.metrics];
  const slots = new Map(feed.feed.metrics.map((m, i) => [m.id, (i % 6) + 1]));
  const valuesOf = metrics.map((m) => periods.map((p) => feed.value(m.id, regionId, p)));

  // Events: the kinds asked for, inside from–to.
  const wanted = options.events.trim().toLowerCase();
  const kinds = wanted === 'none' ? [] : !wanted || wanted === 'all' ? KINDS : wanted.split(',').map((k) => k.trim());
  const events = feed.feed.events
    .map((event) => ({ event, span: parsePeriod(event.date), end: parsePeriod(event.end ?? event.date) }))
    .filter(
      (e): e is { event: FeedEvent; span: PeriodSpan; end: PeriodSpan } =>
        !!e.span && !!e.end && kinds.includes(e.event.kind) && within(e.span.start, e.span.start),
    )
    .sort((a, b) => a.span.start - b.span.start);

  // The time domain: every period's span and every event's.
  let d0 = spans[0]?.start ?? Infinity;
  let d1 = spans[spans.length - 1]?.end ?? -Infinity;
  for (const e of events) {
    d0 = Math.min(d0, e.span.start);
    d1 = Math.max(d1, Math.max(e.end.end, e.span.end));
  }
  if (!(d0 < d1)) [d0, d1] = [0, 1];

  // The value axis: the shown series' extent from zero, nice ticks for the height.
  let lo = Infinity;
  let hi = -Infinity;
  metrics.forEach((m, k) => {
    if (hidden.has(m.id)) return;
    for (const v of valuesOf[k]!) {
      if (v === null) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  });
  const top = 12;
  const tickCount = Math.max(2, Math.round((height - top - 40) / 45));
  const domain = valueDomain(lo, hi, tickCount);
  const yValues = valueTicks(domain, tickCount);
  const units = metrics.map((m) => textIn(m.unit, language));
  // The value axis names the unit when every series drawn has the same one.
  const axisUnits = new Set(units.filter((_, k) => !hidden.has(metrics[k]!.id)));
  const yLabels = yValues.map((v) => formatValue(v, language, axisUnits.size === 1 ? [...axisUnits][0] : ''));
  const labels = metrics.map((m) => textIn(m.label, language));
  const left = Math.max(...yLabels.map((l) => l.length)) * CHAR + 12;
  const right = width - (wide ? Math.min(Math.max(...labels.map((l) => l.length)) * CHAR + 16, width * 0.3) : 12);
  const x = linearScale([d0, d1], [left, right]);

  // Event rows under the axis line, then the time labels.
  const ex = events.map((e) => [x(e.span.start), x(e.event.end ? e.end.end : e.span.start)] as const);
  const rows = stackRows(
    ex.map(([a, b]) => [a - 7, Math.max(b, a + 7)] as const),
    2,
    3,
  );
  const lanes = events.length ? Math.max(...rows) + 1 : 0;
  const bottom = height - 24 - (lanes ? lanes * LANE + 4 : 0);
  const y = linearScale(domain, [bottom, top]);
  const xs = spans.map((s) => x((s.start + s.end) / 2));

  const xTicks = spans.length || events.length ? timeAxis(x, finest, language) : [];

  const series: SeriesView[] = metrics.map((m, k) => {
    const values = valuesOf[k]!;
    const points: PlotPoint[] = values.map((v, i) => ({ x: xs[i]!, y: v === null ? null : y(v) }));
    // More points than pixels: draw the pixel columns' extremes (same picture, a fraction of the path).
    const drawn = points.length > 2 * (right - left) ? simplifyToPixels(points) : points;
    let last = values.length - 1;
    while (last >= 0 && values[last] === null) last--;
    return {
      id: m.id,
      label: labels[k]!,
      unit: units[k]!,
      slot: slots.get(m.id)!,
      visible: !hidden.has(m.id),
      values,
      d: linePath(drawn),
      dots: isolatedPoints(points).map((i) => ({ x: points[i]!.x, y: points[i]!.y!, period: i })),
      end: last >= 0 ? { x: xs[last]!, y: points[last]!.y!, labelY: 0 } : null,
    };
  });
  // Direct labels: beside the line ends (wide) or just above them (narrow), never on top of each other.
  const ends = series.filter((s) => s.visible && s.end);
  const placed = dodge(
    ends.map((s) => s.end!.y - (wide ? 0 : 10)),
    14,
    top,
    bottom - 4,
  );
  ends.forEach((s, i) => ((s.end as { labelY: number }).labelY = placed[i]!));

  const region = feed.region(regionId);
  const shown = series.filter((s) => s.visible).map((s) => s.label);
  return {
    width,
    height,
    left,
    right,
    top,
    bottom,
    wide,
    periods,
    spans,
    index: new Map(periods.map((p, i) => [p, i])),
    xs,
    x,
    y,
    xTicks,
    yTicks: yValues.map((value, i) => ({ value, y: y(value), label: yLabels[i]! })),
    labelY: height - 8,
    series,
    events: events.map((e, i) => eventView(feed, e.event, ex[i]!, bottom + 4 + LANE / 2 + rows[i]! * LANE, e.span, spans, xs, language)),
    kinds: KINDS.filter((kind) => events.some((e) => e.event.kind === kind)),
    label: fill(options.label, {
      metrics: (shown.length ? shown : labels).join(', '),
      region: textIn(region?.name, language) || regionId,
      from: periods.length ? formatPeriod(periods[0]!, language) : '',
      to: periods.length ? formatPeriod(periods[periods.length - 1]!, language) : '',
    }),
    empty: valuesOf.every((values) => values.every((v) => v === null)),
  };
}

/** A value as the reader sees it: formatted with its unit, `noData` for null. */
export function valueText(value: number | null, language: string, noData: string, unit = ''): string {
  return value === null ? noData : formatValue(value, language, unit);
}

/** What a screen reader hears at period `i`: its name and every shown series' value. */
export function describePeriod(chart: Chart, i: number, language: string, noData: string): string {
  const values = chart.series.filter((s) => s.visible).map((s) => `${s.label} ${valueText(s.values[i]!, language, noData, s.unit)}`);
  return `${formatPeriod(chart.periods[i]!, language)}: ${values.join(', ')}`;
}

/** What a screen reader hears of an event: its kind (`kind`, in the reader's language) and title, dates, place and figures. */
export function describeEvent(e: EventView, kind: string): string {
  return [`${kind}: ${e.title}`, e.dates, e.place, ...e.figures.map(([label, value]) => `${label} ${value}`)].filter(Boolean).join(', ');
}

/** Time-axis ticks that fit the width: labels in the reader's language, a year on the first and on each January. */
function timeAxis(x: LinearScale, finest: TimeUnit, language: string) {
  const label = (t: TimeTick, i: number) => {
    const date = new Date(t.start);
    const withYear = t.unit !== 'year' && (i === 0 || (date.getUTCMonth() === 0 && (t.unit === 'month' || date.getUTCDate() === 1)));
    return formatTick(t.start, t.unit, language, withYear);
  };
  const ticks = timeTicks(x.domain, finest, (candidates) => {
    let previous: [number, number] | null = null;
    for (let i = 0; i < candidates.length; i++) {
      const at = x(candidates[i]!.center);
      const half = (label(candidates[i]!, i).length * CHAR) / 2;
      if (previous && at - half < previous[0] + previous[1] + 10) return false;
      previous = [at, half];
    }
    return true;
  });
  return ticks.map((t, i) => ({ x: x(t.center), label: label(t, i) }));
}

function eventView(
  feed: FeedIndex,
  event: FeedEvent,
  [x, x2]: readonly [number, number],
  y: number,
  span: PeriodSpan,
  spans: readonly PeriodSpan[],
  xs: readonly number[],
  language: string,
): EventView {
  // The period that holds the event's date, else the nearest one.
  let period = byStart.right(spans, span.start) - 1;
  if (period < 0 || span.start >= spans[period]!.end) period = nearest(xs, x);
  const region = event.region ? feed.region(event.region) : undefined;
  return {
    date: event.date,
    kind: event.kind,
    x,
    x2,
    y,
    period,
    title: textIn(event.title, language),
    summary: textIn(event.summary, language),
    place: region ? textIn(region.name, language) : (event.region ?? ''),
    // Formatted when read (the card, the table, the screen reader), not for every marker drawn:
    // Intl's date ranges and numbers were a fifth of the scripting of 50 timelines (bench).
    get dates() {
      return formatPeriodRange(event.date, event.end ?? event.date, language);
    },
    get figures() {
      return Object.entries(event.figures ?? {}).map(([key, value]) => {
        const metric = feed.metric(key);
        return [metric ? textIn(metric.label, language) : key, formatValue(value, language, textIn(metric?.unit, language))] as const;
      });
    },
    url: event.url && /^https?:\/\//i.test(event.url) ? event.url : '',
  };
}
